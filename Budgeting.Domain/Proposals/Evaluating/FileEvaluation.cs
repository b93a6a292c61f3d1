using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals.Evaluating;

/// <summary>A citizen auditor or a committee member files findings on an implemented project, with a rating from 1 to 5.</summary>
public sealed record FileEvaluation(int? Rating, string? Findings) : IProposalCommand
{
    Decision IProposalCommand.Decide(Proposal proposal, Actor by, Instant now) => Decide(proposal, this, by, now);

    public Rejection? Validate() => Validation.FirstOf(
        Rating is null ? Rejection.Invalid("rating", "required", "rating is required (1 to 5)")
            : Rating is < 1 or > 5 ? Rejection.Invalid("rating", "range", "rating must be between 1 and 5") : null,
        Validation.Text("findings", Findings, 5, 4000));

    public static Decision Decide(Proposal proposal, FileEvaluation command, Actor by, Instant now) =>
        Validation.FirstOf(
            by.Is(Role.Auditor) || by.Is(Role.Committee) ? null
                : Rejection.Forbidden("auditor-or-committee", "only a citizen auditor or a committee member files evaluations"),
            command.Validate(),
            proposal.Unless("evaluations can only be filed", ProposalStatus.Implemented, ProposalStatus.Evaluated)) is { } rejection
            ? rejection
            : Decision.Accept(new EvaluationFiled(proposal.Id, command.Rating!.Value, command.Findings!.Trim(), by, now));
}
