namespace Budgeting.Domain.Proposals.CrossingThresholds;

/// <summary>What a proposal's public support can oblige: the department's answer, a public forum, the mayor's answer.</summary>
public enum Threshold
{
    Answer,
    Forum,
    Mayor,
}
