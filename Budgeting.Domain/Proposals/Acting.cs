using Budgeting.Domain.Common;

namespace Budgeting.Domain.Proposals;

/// <summary>Who may act on a proposal: officers for the city, the proposer for themselves (or an officer for them, with a reason).</summary>
public static class Acting
{
    public static Rejection? AsOfficer(Actor by, string what) =>
        by.Is(Role.Officer) ? null : Rejection.Forbidden("officer-only", $"only an officer may {what}");

    public static Rejection? AsProposer(this Proposal proposal, Actor by, string? reason, string what) => by.Role switch
    {
        Role.Citizen when by.Id == proposal.ProposerId => null,
        Role.Officer => Validation.Text("reason", reason, 2, 1000),
        _ => Rejection.Forbidden("proposer-only", $"only the proposer, or an officer on their behalf, may {what}"),
    };

    public static string? OnBehalfOf(this Proposal proposal, Actor by) => by.Id == proposal.ProposerId ? null : proposal.ProposerId;

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
