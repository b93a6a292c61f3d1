namespace Budgeting.Domain.Allocation;

internal sealed partial class EqualShares
{
    /// <summary>
    /// How a project is paid: the constrained supporters give all they hold, the others ρ·utility. Kept so the exact ρ
    /// can be rebuilt, only if a later decision needs it, from (cost − what the constrained held) / utility of the others.
    /// </summary>
    private sealed class Payment
    {
        private Rational? _rho;
        private long _constrainedWeight;
        private readonly Dictionary<int, long> _constrainedPaid = [];
        private long _otherUtility;
        private Rational _cost;
        private Rational _start;

        public static Payment Known(Rational rho) => new() { _rho = rho };

        /// <summary>Splits the supporters by the price; with <paramref name="apply"/>, they also pay it.</summary>
        public static Payment Split(EqualShares shares, int p, SharePrice price, bool apply)
        {
            var profile = shares._profile;
            var payment = new Payment { _cost = profile.Costs[p], _start = shares._start, _rho = price.Exact };
            var (groups, utilities) = (profile.Supporters[p], profile.SupporterUtilities[p]);
            for (var i = 0; i < groups.Length; i++)
            {
                ref var group = ref shares._groups[groups[i]];
                if (group.Weight == 0) continue;
                if (!price.IsConstrained(groups[i], utilities[i], group.Budget))
                {
                    payment._otherUtility += profile.Weights[groups[i]] * utilities[i];
                    if (apply) group.Budget -= price.Estimate * utilities[i];
                    continue;
                }
                if (payment._rho is null) payment.AddConstrained(shares, groups[i]);
                if (apply) group = default;
            }
            return payment;
        }

        private void AddConstrained(EqualShares shares, int g)
        {
            var weight = shares._profile.Weights[g];
            _constrainedWeight += weight;
            var (projects, utilities) = (shares._profile.GroupProjects[g], shares._profile.GroupUtilities[g]);
            for (var j = 0; j < projects.Length; j++)
                if (shares._selected[projects[j]])
                    _constrainedPaid[projects[j]] = _constrainedPaid.GetValueOrDefault(projects[j]) + weight * utilities[j];
        }

        public Rational Rho(EqualShares shares)
        {
            if (_rho is { } known) return known;
            var held = _start * _constrainedWeight - Rational.Sum(_constrainedPaid.Select(c => shares.PaidRho(c.Key) * c.Value));
            _rho = (_cost - held) / _otherUtility;
            return _rho.Value;
        }
    }
}
