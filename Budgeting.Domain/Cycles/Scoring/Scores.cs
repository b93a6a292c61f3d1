using Budgeting.Domain.Common;

namespace Budgeting.Domain.Cycles.Scoring;

/// <summary>A committee member's scores for one proposal: a whole number 1–10 for each of four criteria.</summary>
public sealed record Scores(int PublicBenefit, int Feasibility, int Reach, int Urgency)
{
    public int Total => PublicBenefit + Feasibility + Reach + Urgency;

    public Rejection? Validate()
    {
        foreach (var (field, value) in new[]
                 {
                     ("scores.publicBenefit", PublicBenefit), ("scores.feasibility", Feasibility),
                     ("scores.reach", Reach), ("scores.urgency", Urgency),
                 })
            if (value is < 1 or > 10)
                return Rejection.Invalid(field, "range-1-10", $"{field} must be a whole number from 1 to 10");
        return null;
    }
}
