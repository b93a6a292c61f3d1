namespace Budgeting.Domain.Allocation;

/// <summary>
/// The Method of Equal Shares (Peters, Pierczyński, Skowron) on a compiled profile: every voter starts with the same
/// budget; each round funds the affordable project with the smallest price ρ (ties: smallest id), its supporters paying
/// min(budget, ρ·utility); it stops when no project is affordable. Decisions are exact; estimates only make them fast.
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
    private readonly GroupState[] _groups;
    private readonly bool[] _selected;
    private readonly Payment?[] _payments;
    private Rational _start;
    private double _startEstimate;

    public EqualShares(VoterProfile profile)
    {
        _profile = profile;
        _groups = new GroupState[profile.Weights.Length];
        _selected = new bool[profile.ProjectCount];
        _payments = new Payment?[profile.ProjectCount];
    }

    /// <summary>Projects MES may fund on its own: some satisfaction and a positive cost.</summary>
    public bool IsEligible(int p) => _profile.TotalUtility[p] > 0 && _profile.Costs[p].Sign > 0;

    public List<int> Run(Rational budgetPerVoter)
    {
        Reset(budgetPerVoter);
        var selection = new List<int>();
        foreach (var p in _profile.ByIdRank.Where(p => _profile.TotalUtility[p] > 0 && _profile.Costs[p].Sign == 0))
            Fund(new SharePrice(p, 0, 0) { Exact = Rational.Zero }, selection);
        var candidates = new Candidates(this, _profile.ByIdRank.Where(IsEligible));
        while (candidates.Cheapest() is { } price)
        {
            Fund(price, selection);
            candidates.Remove(price.Project);
        }
        return selection;
    }

    private void Reset(Rational budgetPerVoter)
    {
        (_start, _startEstimate) = (budgetPerVoter, budgetPerVoter.ToDouble());
        for (var g = 0; g < _groups.Length; g++) _groups[g] = new GroupState { Budget = _startEstimate, Weight = _profile.Weights[g] };
        Array.Clear(_selected);
        Array.Clear(_payments);
    }

    private void Fund(SharePrice price, List<int> selection)
    {
        _payments[price.Project] = Payment.Split(this, price.Project, price, apply: true);
        _selected[price.Project] = true;
        selection.Add(price.Project);
    }

    private Rational PaidRho(int p) => _payments[p]!.Rho(this);

    /// <summary>The rank of a price among projects: ρ itself, or ρ per unit of cost when utilities stand for costs.</summary>
    private double Key(SharePrice price) =>
        _profile.Satisfaction == Satisfaction.Cost ? price.Estimate / _profile.CostEstimates[price.Project] : price.Estimate;

    private double KeyTolerance(SharePrice price) =>
        _profile.Satisfaction == Satisfaction.Cost ? price.Tolerance / _profile.CostEstimates[price.Project] : price.Tolerance;

    private Rational ExactKey(SharePrice price)
    {
        var rho = price.Exact ??= Payment.Split(this, price.Project, price, apply: false).Rho(this);
        return _profile.Satisfaction == Satisfaction.Cost ? rho / _profile.Costs[price.Project] : rho;
    }
}
