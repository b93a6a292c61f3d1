namespace Budgeting.Domain.Allocation;

/// <summary>
/// Computes share prices on budget estimates (doubles), and falls back to exact rationals whenever an estimate is too
/// close to a boundary to decide. The exact budget of a voter group is never stored: it is the start budget minus what
/// the group paid for each selected project, rebuilt from the exact prices when needed.
/// </summary>
internal sealed partial class EqualShares
{
    private const double Precision = 1e-10;

    private SharePrice? Price(int p)
    {
        var (groups, utilities, cost) = (_profile.Supporters[p], _profile.SupporterUtilities[p], _profile.CostEstimates[p]);
        double available = 0, utility = 0;
        for (var i = 0; i < groups.Length; i++)
        {
            if (_spent[groups[i]]) continue;
            available += _profile.Weights[groups[i]] * _budget[groups[i]];
            utility += _profile.Weights[groups[i]] * utilities[i];
        }
        if (available < cost - Precision * (cost + available)) return null;
        if (available <= cost + Precision * (cost + available)) return ExactPrice(p);
        var rho = cost / utility;
        var previous = 0;
        for (var round = 0; round <= groups.Length; round++)
        {
            double paid = 0, rest = 0;
            var constrained = 0;
            for (var i = 0; i < groups.Length; i++)
            {
                var g = groups[i];
                if (_spent[g]) continue;
                if (_budget[g] < rho * utilities[i]) (paid, constrained) = (paid + _profile.Weights[g] * _budget[g], constrained + 1);
                else rest += _profile.Weights[g] * utilities[i];
            }
            if (constrained == previous) return Certified(p, rho, Precision * (_startEstimate + (cost + paid) / rest));
            if (rest <= 0) return ExactPrice(p);
            (previous, rho) = (constrained, (cost - paid) / rest);
        }
        return ExactPrice(p);
    }

    private SharePrice? Certified(int p, double rho, double tolerance)
    {
        var price = new SharePrice(p, rho, tolerance);
        var (groups, utilities) = (_profile.Supporters[p], _profile.SupporterUtilities[p]);
        for (var i = 0; i < groups.Length; i++)
        {
            var g = groups[i];
            if (_spent[g] || Math.Abs(_budget[g] - rho * utilities[i]) > tolerance * (1 + utilities[i])) continue;
            var exact = price.Exact ??= ExactRho(p, price);
            var budget = ExactBudget(g);
            var constrained = price.IsConstrained(g, utilities[i], _budget[g]);
            var boundary = exact * utilities[i];
            if (constrained ? budget > boundary : budget < boundary) return ExactPrice(p);
        }
        return price;
    }

    /// <summary>The definition, on exact budgets: supporters by budget per utility, the poorest paying all they have.</summary>
    private SharePrice? ExactPrice(int p)
    {
        var (groups, utilities, cost) = (_profile.Supporters[p], _profile.SupporterUtilities[p], _profile.Costs[p]);
        var supporters = Enumerable.Range(0, groups.Length).Where(i => !_spent[groups[i]])
            .Select(i => (Group: groups[i], Utility: utilities[i], Budget: ExactBudget(groups[i])))
            .OrderBy(s => s.Budget / s.Utility).ToList();
        var available = Rational.Sum(supporters.Select(s => s.Budget * _profile.Weights[s.Group]));
        if (available < cost) return null;
        Rational paid = Rational.Zero, rest = supporters.Sum(s => s.Utility * _profile.Weights[s.Group]);
        var constrained = new HashSet<int>();
        var rho = Rational.Zero;
        foreach (var s in supporters)
        {
            rho = s.Budget / s.Utility;
            if (rest.Sign > 0 && (cost - paid) / rest <= rho) { rho = (cost - paid) / rest; break; }
            constrained.Add(s.Group);
            paid += s.Budget * _profile.Weights[s.Group];
            rest -= s.Utility * _profile.Weights[s.Group];
        }
        return new SharePrice(p, rho.ToDouble(), Math.Abs(rho.ToDouble()) * 1e-12, constrained) { Exact = rho };
    }

    private Rational ExactBudget(int g)
    {
        if (_spent[g]) return Rational.Zero;
        var budget = _start;
        var (projects, utilities) = (_profile.GroupProjects[g], _profile.GroupUtilities[g]);
        for (var i = 0; i < projects.Length; i++)
            if (_selected[projects[i]]) budget -= PaidRho(projects[i]) * utilities[i];
        return budget;
    }

    /// <summary>ρ from a split of the supporters: (cost − what the constrained hold) / utility of the others.</summary>
    private Rational ExactRho(int p, SharePrice price)
    {
        var payment = Payment.Split(this, p, price);
        return payment.Rho(this);
    }
}
