using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles;
using Budgeting.Domain.Cycles.Scheduling;
using NodaTime;

namespace Budgeting.Domain.Proposals.Suggesting;

/// <summary>
/// A citizen suggests a project online, or an officer records one at a field office on a citizen's behalf
/// (naming the citizen's subject id and a reason). Name and contact are personal data: they never reach an event.
/// </summary>
public sealed record SuggestProposal(
    Guid? CycleId, string? Title, string? Description, string? Category, string? District, long? CostGuess,
    string? ProposerId = null, string? Reason = null, string? ProposerName = null, string? ProposerContact = null)
{
    public Rejection? Validate() => Validation.FirstOf(
        CycleId is null ? Rejection.Invalid("cycleId", "required", "cycleId is required") : null,
        Validation.Text("title", Title, 3, 200),
        Validation.Text("description", Description, 10, 5000),
        Categories.IsKnown(Category) ? null : Rejection.Invalid("category", "known-category",
            $"category must be one of {string.Join(", ", Categories.All.Keys)}"),
        Seoul.IsKnownScope(District) ? null : Rejection.Invalid("district", "known-district",
            "district must be \"city\" or one of the 25 Seoul district codes (e.g. \"mapo-gu\")"),
        CostGuess is null ? null : Validation.PositiveWon("costGuess", CostGuess),
        Validation.Text("proposerId", ProposerId, 0, 100),
        Validation.Text("proposerName", ProposerName, 0, 100),
        Validation.Text("proposerContact", ProposerContact, 0, 200));

    public static Decision Decide(Guid proposalId, SuggestProposal command, BudgetCycle? cycle, Actor by, Instant now) =>
        Validation.FirstOf(Who(command, by), command.Validate(), Fits(command, cycle)) is { } rejection
            ? rejection
            : Decision.Accept(Suggested(proposalId, command, by, now));

    private static Rejection? Who(SuggestProposal command, Actor by) => by.Role switch
    {
        Role.Citizen when command.ProposerId is null || command.ProposerId == by.Id => null,
        Role.Citizen => Rejection.Forbidden("own-proposals-only", "a citizen suggests proposals in their own name"),
        Role.Officer => Validation.FirstOf(
            Validation.Text("proposerId", command.ProposerId, 1, 100),
            Validation.Text("reason", command.Reason, 2, 1000)),
        _ => Rejection.Forbidden("citizen-or-officer", "only a citizen, or an officer at a field office, suggests proposals"),
    };

    private static Rejection? Fits(SuggestProposal command, BudgetCycle? cycle) => cycle switch
    {
        null => Rejection.Invalid("cycleId", "known-cycle", $"no budget cycle with id {command.CycleId}"),
        _ when cycle.Scope != Seoul.CityWide && command.District != cycle.Scope =>
            Rejection.Invalid("district", "within-cycle-scope", $"the cycle covers {cycle.Scope} only"),
        _ => cycle.PhaseCheck(Phase.Intake, "suggesting a proposal"),
    };

    private static ProposalSuggested Suggested(Guid id, SuggestProposal c, Actor by, Instant now)
    {
        var onBehalf = by.Is(Role.Officer);
        return new ProposalSuggested(id, c.CycleId!.Value, onBehalf ? c.ProposerId!.Trim() : by.Id, c.Title!.Trim(),
            c.Description!.Trim(), c.Category!, c.District!, c.CostGuess is { } guess ? new Won(guess) : null,
            onBehalf ? Channel.FieldOffice : Channel.Online, by, now,
            onBehalf ? c.ProposerId!.Trim() : null, onBehalf ? c.Reason!.Trim() : Acting.Clean(c.Reason));
    }
}
