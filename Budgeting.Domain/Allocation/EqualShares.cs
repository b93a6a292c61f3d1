namespace Budgeting.Domain.Allocation;

/// <summary>
/// The Method of Equal Shares (Peters, Pierczyński, Skowron) on a compiled profile: every voter starts with the same
/// budget; each round funds the affordable project with the smallest price ρ (ties: smallest id), its supporters paying
/// min(budget, ρ·utility); it stops when no project is affordable. Decisions are exact; estimates only make them fast.
/// One instance runs many times (add-one) over the same profile.
/// </summary>
internal sealed partial class EqualShares
{
    private readonly VoterProfile _profile;
    private readonly double[] _budget;
    private readonly bool[] _spent;
    private readonly bool[] _selected;
    private readonly Payment?[] _payments;
    private Rational _start;
    private double _startEstimate;

    public EqualShares(VoterProfile profile)
    {
        _profile = profile;
        _budget = new double[profile.Weights.Length];
        _spent = new bool[profile.Weights.Length];
        _selected = new bool[profile.ProjectCount];
        _payments = new Payment?[profile.ProjectCount];
    }

    /// <summary>Projects MES may fund on its own: some satisfaction and a positive cost.</summary>
    public bool IsEligible(int p) => _profile.TotalUtility[p] > 0 && _profile.Costs[p].Sign > 0;

    public List<int> Run(Rational budgetPerVoter)
    {
        Reset(budgetPerVoter);
        var selection = new List<int>();
        foreach (var p in ByIdRank().Where(p => _profile.TotalUtility[p] > 0 && _profile.Costs[p].Sign == 0))
            Fund(p, new SharePrice(p, 0, 0) { Exact = Rational.Zero }, selection);
        var candidates = new Candidates(this, ByIdRank().Where(IsEligible));
        while (candidates.Cheapest() is { } price)
        {
            Fund(price.Project, price, selection);
            candidates.Remove(price.Project);
        }
        return selection;
    }

    private IEnumerable<int> ByIdRank() => Enumerable.Range(0, _profile.ProjectCount).OrderBy(p => _profile.IdRank[p]);

    private void Reset(Rational budgetPerVoter)
    {
        (_start, _startEstimate) = (budgetPerVoter, budgetPerVoter.ToDouble());
        Array.Fill(_budget, _startEstimate);
        Array.Clear(_spent);
        Array.Clear(_selected);
        Array.Clear(_payments);
    }

    private void Fund(int p, SharePrice price, List<int> selection)
    {
        _payments[p] = price.Exact is { } exact ? Payment.Known(exact) : Payment.Split(this, p, price);
        var (groups, utilities) = (_profile.Supporters[p], _profile.SupporterUtilities[p]);
        for (var i = 0; i < groups.Length; i++)
        {
            var g = groups[i];
            if (_spent[g]) continue;
            if (price.IsConstrained(g, utilities[i], _budget[g])) (_spent[g], _budget[g]) = (true, 0);
            else _budget[g] -= price.Estimate * utilities[i];
        }
        _selected[p] = true;
        selection.Add(p);
    }

    private Rational PaidRho(int p) => _payments[p]!.Rho(this);

    /// <summary>The rank of a price among projects: ρ itself, or ρ per unit of cost when utilities stand for costs.</summary>
    private double Key(SharePrice price) =>
        _profile.Satisfaction == Satisfaction.Cost ? price.Estimate / _profile.CostEstimates[price.Project] : price.Estimate;

    private double KeyTolerance(SharePrice price) =>
        _profile.Satisfaction == Satisfaction.Cost ? price.Tolerance / _profile.CostEstimates[price.Project] : price.Tolerance;

    private Rational ExactKey(SharePrice price)
    {
        var rho = price.Exact ??= ExactRho(price.Project, price);
        return _profile.Satisfaction == Satisfaction.Cost ? rho / _profile.Costs[price.Project] : rho;
    }

    /// <summary>How a funded project was paid, kept so its exact ρ can be rebuilt only if a later decision needs it.</summary>
    private sealed class Payment
    {
        private Rational? _rho;
        private long _constrainedWeight;
        private List<(int Project, long Utility)> _constrainedPaid = [];
        private long _otherUtility;
        private Rational _cost;
        private Rational _start;

        public static Payment Known(Rational rho) => new() { _rho = rho };

        public static Payment Split(EqualShares shares, int p, SharePrice price)
        {
            var profile = shares._profile;
            var paid = new Dictionary<int, long>();
            var payment = new Payment { _cost = profile.Costs[p], _start = shares._start };
            var (groups, utilities) = (profile.Supporters[p], profile.SupporterUtilities[p]);
            for (var i = 0; i < groups.Length; i++)
            {
                var g = groups[i];
                if (shares._spent[g]) continue;
                var weight = profile.Weights[g];
                if (!price.IsConstrained(g, utilities[i], shares._budget[g]))
                {
                    payment._otherUtility += weight * utilities[i];
                    continue;
                }
                payment._constrainedWeight += weight;
                for (var j = 0; j < profile.GroupProjects[g].Length; j++)
                    if (shares._selected[profile.GroupProjects[g][j]])
                        paid[profile.GroupProjects[g][j]] = paid.GetValueOrDefault(profile.GroupProjects[g][j]) + weight * profile.GroupUtilities[g][j];
            }
            payment._constrainedPaid = paid.Select(kv => (kv.Key, kv.Value)).ToList();
            return payment;
        }

        public Rational Rho(EqualShares shares)
        {
            if (_rho is { } known) return known;
            var held = _start * _constrainedWeight - Rational.Sum(_constrainedPaid.Select(c => shares.PaidRho(c.Project) * c.Utility));
            _rho = (_cost - held) / _otherUtility;
            return _rho.Value;
        }
    }
}
