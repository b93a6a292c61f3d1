using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals.Revising;

/// <summary>The proposer (or an officer for them, with a reason) writes a new version of the concept.</summary>
public sealed record ReviseProposal(string? Title, string? Description, string? Category, long? CostGuess, string? Reason = null) : IProposalCommand
{
    Decision IProposalCommand.Decide(Proposal proposal, Actor by, Instant now) => Decide(proposal, this, by, now);

    public Rejection? Validate() => Validation.FirstOf(
        Validation.Text("title", Title, 3, 200),
        Validation.Text("description", Description, 10, 5000),
        Categories.IsKnown(Category) ? null : Rejection.Invalid("category", "known-category",
            $"category must be one of {string.Join(", ", Categories.All.Keys)}"),
        CostGuess is null ? null : Validation.PositiveWon("costGuess", CostGuess),
        Validation.Text("reason", Reason, 0, 1000));

    public static Decision Decide(Proposal proposal, ReviseProposal command, Actor by, Instant now) =>
        Validation.FirstOf(
            proposal.AsProposer(by, command.Reason, "revise it"),
            command.Validate(),
            proposal.Unless("it can only be revised", ProposalStatus.Suggested, ProposalStatus.InDeliberation)) is { } rejection
            ? rejection
            : Decision.Accept(new ProposalRevised(proposal.Id, proposal.ConceptVersion + 1, command.Title!.Trim(),
                command.Description!.Trim(), command.Category!, command.CostGuess is { } guess ? new Won(guess) : null,
                by, now, proposal.OnBehalfOf(by), Acting.Clean(command.Reason)));
}
