using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals.Withdrawing;

/// <summary>The proposer (or an officer for them, with a reason) withdraws the proposal, at any time before it is budgeted.</summary>
public sealed record WithdrawProposal(string? Reason = null) : IProposalCommand
{
    Decision IProposalCommand.Decide(Proposal proposal, Actor by, Instant now) => Decide(proposal, this, by, now);

    public static Decision Decide(Proposal proposal, WithdrawProposal command, Actor by, Instant now) =>
        Validation.FirstOf(
            proposal.AsProposer(by, command.Reason, "withdraw it"),
            Validation.Text("reason", command.Reason, 0, 1000),
            proposal.Unless("it can only be withdrawn",
                ProposalStatus.Suggested, ProposalStatus.InDeliberation, ProposalStatus.Admitted)) is { } rejection
            ? rejection
            : Decision.Accept(new ProposalWithdrawn(proposal.Id, by, now, Acting.Clean(command.Reason), proposal.OnBehalfOf(by)));
}
