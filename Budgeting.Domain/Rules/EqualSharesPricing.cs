namespace Budgeting.Domain.Rules;

/// <summary>
/// Computes share prices on budget estimates (doubles), and falls back to exact rationals whenever an estimate is too
/// close to a boundary to decide. The exact budget of a voter group is never stored: it is the start budget minus what
/// the group paid for each selected project, rebuilt from the exact prices when needed.
/// </summary>
internal sealed partial class EqualShares
{
    private const double Precision = 1e-10;

    /// <summary>
    /// Newton's method from below on Σ min(budget, ρ·utility) = cost, starting at a known lower bound of ρ: each step
    /// makes the supporters below ρ pay their budget and spreads the rest over the others, until no one crosses ρ.
    /// </summary>
    private SharePrice? Price(int p, double lowerBound)
    {
        var (groups, utilities, cost) = (_profile.Supporters[p], _profile.SupporterUtilities[p], _profile.CostEstimates[p]);
        var rho = lowerBound;
        for (var step = 0; step <= groups.Length + 1; step++)
        {
            double paid = 0, rest = 0, held = 0, lowestAbove = double.PositiveInfinity, highestBelow = 0;
            for (var i = 0; i < groups.Length; i++)
            {
                ref readonly var group = ref _groups[groups[i]];
                if (group.Weight == 0) continue;
                var (budget, utility) = (group.Budget, (double)utilities[i]);
                if (budget < rho * utility)
                {
                    paid += group.Weight * budget;
                    highestBelow = Math.Max(highestBelow, budget / utility);
                }
                else
                {
                    rest += group.Weight * utility;
                    held += group.Weight * budget;
                    lowestAbove = Math.Min(lowestAbove, budget / utility);
                }
            }
            var available = paid + held;
            if (step == 0 && available < cost - Precision * (cost + available)) return null;
            if (step == 0 && available <= cost + Precision * (cost + available)) return ExactPrice(p);
            if (rest <= 0) return ExactPrice(p);
            var next = (cost - paid) / rest;
            if (highestBelow <= next && next <= lowestAbove)
            {
                var tolerance = Precision * (_startEstimate + (cost + paid) / rest);
                var clear = next - highestBelow > tolerance && lowestAbove - next > tolerance;
                return clear ? new SharePrice(p, next, tolerance) : Certified(p, next, tolerance);
            }
            rho = Math.Max(next, rho);
        }
        return ExactPrice(p);
    }

    /// <summary>Before anyone has paid, every supporter holds the start budget: one utility each means ρ = cost / supporters.</summary>
    private SharePrice? StartPrice(int p)
    {
        if (!_profile.UnitUtilities) return Price(p, 0);
        var (supporters, cost) = ((double)_profile.TotalUtility[p], _profile.CostEstimates[p]);
        var available = supporters * _startEstimate;
        if (available < cost - Precision * (cost + available)) return null;
        if (available <= cost + Precision * (cost + available)) return ExactPrice(p);
        return new SharePrice(p, cost / supporters, Precision * (_startEstimate + cost / supporters));
    }

    private SharePrice? Certified(int p, double rho, double tolerance)
    {
        var price = new SharePrice(p, rho, tolerance);
        var (groups, utilities) = (_profile.Supporters[p], _profile.SupporterUtilities[p]);
        for (var i = 0; i < groups.Length; i++)
        {
            var g = groups[i];
            if (_groups[g].Weight == 0 || Math.Abs(_groups[g].Budget - rho * utilities[i]) > tolerance * (1 + utilities[i])) continue;
            var exact = price.Exact ??= Payment.Split(this, p, price, apply: false).Rho(this);
            var budget = ExactBudget(g);
            var boundary = exact * utilities[i];
            if (price.IsConstrained(g, utilities[i], _groups[g].Budget) ? budget > boundary : budget < boundary) return ExactPrice(p);
        }
        return price;
    }

    /// <summary>The definition, on exact budgets: supporters by budget per utility, the poorest paying all they have.</summary>
    private SharePrice? ExactPrice(int p) => ExactPrice(p, ExactBudget);

    private SharePrice? ExactPrice(int p, Func<int, Rational> budgetOf)
    {
        var (groups, utilities, cost) = (_profile.Supporters[p], _profile.SupporterUtilities[p], _profile.Costs[p]);
        var supporters = Enumerable.Range(0, groups.Length).Where(i => _groups[groups[i]].Weight > 0)
            .Select(i => (Group: groups[i], Utility: utilities[i], Budget: budgetOf(groups[i])))
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
        if (_groups[g].Weight == 0) return Rational.Zero;
        var budget = _start;
        var (projects, utilities) = (_profile.GroupProjects[g], _profile.GroupUtilities[g]);
        for (var i = 0; i < projects.Length; i++)
            if (_paidAt[projects[i]] >= 0) budget -= PaidRho(projects[i]) * utilities[i];
        return budget;
    }
}
