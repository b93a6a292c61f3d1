using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles;
using Budgeting.Domain.Cycles.Scheduling;
using Budgeting.Domain.Proposals.Suggesting;
using NodaTime;

namespace Budgeting.Domain.Proposals.Answering;

/// <summary>The proposal an answer carries over, as the public reads it now.</summary>
public sealed record CarriedProposal(
    Guid Id, Guid CycleId, int FiscalYear, string ProposerId, string Title, string Description, string Category, string District,
    Won? CostGuess);

/// <summary>
/// An answer carries a proposal into a named later cycle: the engine suggests it there in the proposer's name, the new
/// suggestion naming the original (<see cref="ProposalSuggested.CarriedFrom"/>) as the answer names the new one.
/// </summary>
public static class CarryOver
{
    public static Decision Decide(CarriedProposal original, BudgetCycle? target, Guid newId, Actor by, Instant now)
    {
        if (target is null) return Rejection.Invalid("cycleId", "known-cycle", "no budget cycle with that id");
        if (target.FiscalYear <= original.FiscalYear)
            return Rejection.Invalid("cycleId", "later-cycle", $"carry the proposal into a cycle of a fiscal year after {original.FiscalYear}");
        if (target.Scope != Seoul.CityWide && target.Scope != original.District)
            return Rejection.Invalid("cycleId", "within-cycle-scope", $"the cycle covers {target.Scope} only");
        if (target.PhaseCheck(Phase.Intake, "carrying a proposal into a cycle") is { } closed) return closed;
        return Decision.Accept(new ProposalSuggested(newId, target.Id, original.ProposerId, original.Title, original.Description,
            original.Category, original.District, original.CostGuess, Channel.CarriedOver, by, now, original.ProposerId,
            $"carried over from proposal {original.Id} by its official answer", original.Id));
    }
}
