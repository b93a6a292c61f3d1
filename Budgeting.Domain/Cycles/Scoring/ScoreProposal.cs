using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles.Scheduling;
using NodaTime;

namespace Budgeting.Domain.Cycles.Scoring;

public sealed record ProposalScored(Guid CycleId, Guid ProposalId, string MemberId, Scores Scores, string Rationale, Actor By, Instant At);

/// <summary>A member of the cycle's committee scores an admitted proposal; a new score replaces their previous one.</summary>
public sealed record ScoreProposal(Guid ProposalId, Scores? Scores, string? Rationale)
{
    public static Decision Decide(BudgetCycle cycle, ProposalFacts proposal, ScoreProposal command, Actor by, Instant now)
    {
        if (cycle.MemberCheck(by) is { } notMember) return notMember;
        if (command.Scores is null) return Rejection.Invalid("scores", "required", "scores are required");
        if (Validation.FirstOf(command.Scores.Validate(), Validation.Text("rationale", command.Rationale, 10, 4000)) is { } invalid)
            return invalid;
        if (cycle.PhaseCheck(Phase.Prioritisation, "scoring") is { } closed) return closed;
        if (proposal.CycleId != cycle.Id)
            return Rejection.Invalid("proposalId", "same-cycle", "the proposal belongs to another cycle");
        if (!proposal.IsAdmitted) return Rejection.Conflict("admitted-only", "only admitted proposals are scored", "proposalId");
        if (cycle.IsRecused(proposal.Id, by.Id))
            return Rejection.Conflict("recused", "you declared a conflict of interest on this proposal", "proposalId");
        return Decision.Accept(new ProposalScored(cycle.Id, proposal.Id, by.Id, command.Scores, command.Rationale!.Trim(), by, now));
    }
}
