using Budgeting.Domain.Common;
using Budgeting.Domain.Proposals;
using NodaTime;

namespace Budgeting.Api.Web.Proposals.Details;

/// <summary>
/// Whether a page offers a command's form: the domain's own decision, asked with a well-formed sample of the command,
/// accepts it (or only the sample's content would be refused). A page never copies a state or role rule to decide what
/// to show; a post the decision refuses is refused all the same.
/// </summary>
public static class Availability
{
    /// <summary>A reason that passes every length rule, for samples.</summary>
    public const string SampleReason = "sample reason";

    public static bool Allows(this Proposal? state, IProposalCommand sample, Actor actor, Instant now) =>
        state is not null && sample.Decide(state, actor, now).Rejection is not { Kind: RejectionKind.Forbidden or RejectionKind.Conflict };
}
