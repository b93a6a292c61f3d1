using Budgeting.Domain.Rules.Explaining;

namespace Budgeting.Domain.Rules;

/// <summary>
/// The Method of Equal Shares (Peters, Pierczyński, Skowron) on a compiled profile: every voter starts with the same
/// budget; each round funds the affordable project with the smallest price ρ (or ρ per unit of cost; ties by the
/// <see cref="PriceOrder"/>), its supporters paying min(budget, ρ·utility); it stops when no project is affordable.
/// Decisions are exact; estimates only make them fast.
/// One instance runs many times (add-one) over the same profile.
/// </summary>
internal sealed partial class EqualShares
{
    /// <summary>A voter group's budget estimate, and its weight (voters), zero once the group has spent everything.</summary>
    private struct GroupState
    {
        public double Budget;
        public double Weight;
    }

    private readonly VoterProfile _profile;
    private readonly PriceOrder _order;
    private readonly GroupState[] _groups;
    /// <summary>By project: its place among the projects paid in this run, or -1.</summary>
    private readonly int[] _paidAt;
    private int _paidCount;
    private readonly Payment?[] _payments;
    private Rational _start;
    private double _startEstimate;

    public EqualShares(VoterProfile profile, PriceOrder order)
    {
        (_profile, _order) = (profile, order);
        _groups = new GroupState[profile.Weights.Length];
        _paidAt = new int[profile.ProjectCount];
        _payments = new Payment?[profile.ProjectCount];
    }

    /// <summary>Projects MES may fund on its own: some satisfaction and a positive cost.</summary>
    public bool IsEligible(int p) => _profile.TotalUtility[p] > 0 && _profile.Costs[p].Sign > 0;

    /// <summary>
    /// One run. With <paramref name="trace"/> it records each round's choice; with <paramref name="below"/>, the trace
    /// of a run at a lower budget, it also checks that each round chose as that run did and that every rival here is
    /// dearer than that run's choice, or as dear and after it in the tie order; at the first round where that fails it
    /// stops, its selection unfinished (the caller has no use for it). With <paramref name="log"/> it explains each
    /// round on exact budgets before paying.
    /// </summary>
    public List<int> Run(Rational budgetPerVoter, RunTrace? trace = null, RunTrace? below = null, ExplanationLog? log = null)
    {
        Reset(budgetPerVoter);
        var explaining = log is null ? null : new Explaining(this, log);
        var selection = new List<int>();
        foreach (var p in _profile.ByIdRank.Where(p => _profile.TotalUtility[p] > 0 && _profile.Costs[p].Sign == 0))
        {
            explaining?.Round(p, selection);
            Fund(new SharePrice(p, 0, 0) { Exact = Rational.Zero }, selection);
        }
        var candidates = new Candidates(this, _profile.ByIdRank.Where(IsEligible));
        while (candidates.Cheapest() is { } price)
        {
            if (trace is not null) candidates.Record(trace, below, price.Project);
            if (below is not null && !trace!.Separated) return selection;
            explaining?.Round(price.Project, selection);
            Fund(price, selection);
            candidates.Remove(price.Project);
        }
        if (trace is not null && below is not null && trace.Chosen.Count != below.Chosen.Count) trace.Separated = false;
        explaining?.Finish(selection);
        return selection;
    }

    private void Reset(Rational budgetPerVoter)
    {
        (_start, _startEstimate) = (budgetPerVoter, budgetPerVoter.ToDouble());
        for (var g = 0; g < _groups.Length; g++) _groups[g] = new GroupState { Budget = _startEstimate, Weight = _profile.Weights[g] };
        Array.Fill(_paidAt, -1);
        _paidCount = 0;
        Array.Clear(_payments);
    }

    private void Fund(SharePrice price, List<int> selection)
    {
        _payments[price.Project] = Payment.Split(this, price.Project, price, apply: true);
        _paidAt[price.Project] = _paidCount++;
        selection.Add(price.Project);
    }

    private Rational PaidRho(int p) => _payments[p]!.Rho(this);

    /// <summary>The exact key at which a selected project was paid.</summary>
    public Rational PaidKey(int p) => _order.PerCost ? PaidRho(p) / _profile.Costs[p] : PaidRho(p);

    /// <summary>The rank of a price among projects: ρ itself, or ρ per unit of cost.</summary>
    private double Key(SharePrice price) =>
        _order.PerCost ? price.Estimate / _profile.CostEstimates[price.Project] : price.Estimate;

    private double KeyTolerance(SharePrice price) =>
        _order.PerCost ? price.Tolerance / _profile.CostEstimates[price.Project] : price.Tolerance;

    private Rational ExactKey(SharePrice price)
    {
        var rho = price.Exact ??= Payment.Split(this, price.Project, price, apply: false).Rho(this);
        return _order.PerCost ? rho / _profile.Costs[price.Project] : rho;
    }
}
