namespace Budgeting.Domain.Cycles.Scheduling;

/// <summary>The phases of a budget cycle, in the order they follow each other (Voting is optional).</summary>
public enum Phase
{
    Intake,
    Deliberation,
    Prioritisation,
    Voting,
    Allocation,
    Implementation,
    Evaluation,
    Closed,
}
