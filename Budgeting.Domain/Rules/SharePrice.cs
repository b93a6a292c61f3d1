namespace Budgeting.Domain.Rules;

/// <summary>
/// What a project would cost its supporters now: ρ, the price per unit of utility, each supporter paying
/// min(budget, ρ·utility). Which supporters pay their whole budget ("constrained") is decided either by the budget
/// estimates (when every supporter is clearly on one side of ρ) or by an exact set.
/// </summary>
internal sealed class SharePrice(int project, double estimate, double tolerance, HashSet<int>? exactlyConstrained = null)
{
    public int Project { get; } = project;
    public double Estimate { get; } = estimate;
    /// <summary>A bound on |Estimate − ρ|, far above the rounding error of the estimate.</summary>
    public double Tolerance { get; } = tolerance;
    public Rational? Exact { get; set; }

    public bool IsConstrained(int group, long utility, double budgetEstimate) =>
        exactlyConstrained?.Contains(group) ?? budgetEstimate < Estimate * utility;
}
