using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals.Answering;

/// <summary>The engine flags an answer overdue once its due date has passed with no answer posted; early or repeated deadlines change nothing.</summary>
public static class FlagOverdueAnswer
{
    public static Decision Decide(Proposal proposal, Answerer answerer, Instant now) =>
        proposal.Answers.TryGetValue(answerer, out var due) && due is { Overdue: false, Outcome: null } && due.DueBy <= now
            ? Decision.Accept(new AnswerOverdue(proposal.Id, answerer, due.DueBy, Actor.Engine, now))
            : Decision.Accept();
}
