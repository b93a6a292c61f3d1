using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Cycles.Scoring;

public sealed record ConflictOfInterestDeclared(Guid CycleId, Guid ProposalId, string MemberId, string Reason, Actor By, Instant At);

/// <summary>A member declares a conflict of interest on a proposal and is recused from it (their score stops counting).</summary>
public sealed record DeclareConflict(Guid ProposalId, string? Reason)
{
    public static Decision Decide(BudgetCycle cycle, ProposalFacts proposal, DeclareConflict command, Actor by, Instant now)
    {
        if (cycle.MemberCheck(by) is { } notMember) return notMember;
        if (Validation.Text("reason", command.Reason, 3, 1000) is { } invalid) return invalid;
        if (proposal.CycleId != cycle.Id)
            return Rejection.Invalid("proposalId", "same-cycle", "the proposal belongs to another cycle");
        if (cycle.IsRecused(proposal.Id, by.Id))
            return Rejection.Conflict("already-recused", "you already declared a conflict on this proposal", "proposalId");
        if (cycle.Recommendation is not null)
            return Rejection.Conflict("recommendation-issued", "the committee's recommendation is already issued");
        return Decision.Accept(new ConflictOfInterestDeclared(cycle.Id, proposal.Id, by.Id, command.Reason!.Trim(), by, now));
    }
}
