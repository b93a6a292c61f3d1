using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals.Answering;

/// <summary>
/// The official answer a threshold made due: the department's by an officer, the mayor's by an administrator. Text
/// and an outcome: carried into a named later cycle (<see cref="CycleId"/>), under review (another answer may follow),
/// or not accepted with a reason.
/// </summary>
public sealed record PostAnswer(string? Text, AnswerOutcome? Outcome, Guid? CycleId = null, string? Reason = null)
{
    public static Decision Decide(Proposal proposal, Answerer answerer, PostAnswer command, Actor by, Instant now, Guid? carriedAs = null)
    {
        if (Who(answerer, by) is { } forbidden) return forbidden;
        if (command.Validate() is { } invalid) return invalid;
        if (!proposal.Answers.TryGetValue(answerer, out var due))
            return Rejection.Conflict("no-answer-due", $"no {answerer} answer is due: its threshold has not been reached");
        if (due.IsSettled) return Rejection.Conflict("already-answered", $"the {answerer} answer was already given ({due.Outcome})");
        var carried = command.Outcome == AnswerOutcome.Carried;
        return Decision.Accept(new AnswerPosted(proposal.Id, answerer, command.Text!.Trim(), command.Outcome!.Value,
            Acting.Clean(command.Reason), carried ? command.CycleId : null, carried ? carriedAs : null, by, now));
    }

    private Rejection? Validate() => Validation.FirstOf(
        Validation.Text("text", Text, 10, 10_000),
        Outcome is null ? Rejection.Invalid("outcome", "required", "outcome is required: carried, underReview or notAccepted") : null,
        Outcome == AnswerOutcome.Carried && CycleId is null
            ? Rejection.Invalid("cycleId", "required", "a carried proposal names the later cycle (cycleId) it is carried into")
            : null,
        Validation.Text("reason", Reason, Outcome == AnswerOutcome.NotAccepted ? 2 : 0, 2000));

    private static Rejection? Who(Answerer answerer, Actor by) => answerer switch
    {
        Answerer.Department when !by.Is(Role.Officer) => Rejection.Forbidden("officer-only", "only an officer posts the department's answer"),
        Answerer.Mayor when !by.Is(Role.Admin) => Rejection.Forbidden("admin-only", "only an administrator posts the mayor's answer"),
        _ => null,
    };
}
