namespace Budgeting.Domain.Rules;

internal sealed partial class EqualShares
{
    /// <summary>
    /// How a project is paid: the constrained supporters give all they hold, the others ρ·utility. Kept so the exact ρ
    /// can be rebuilt, only if a later decision needs it, from (cost − what the constrained held) / utility of the others.
    /// </summary>
    private sealed class Payment
    {
        private Rational? _rho;
        /// <summary>The constrained groups, when ρ was not known exactly; what they held is rebuilt from them on demand.</summary>
        private readonly List<int> _constrained = [];
        private long _otherUtility;
        private Rational _cost;
        private Rational _start;
        /// <summary>How many projects were paid before this one.</summary>
        private int _paidBefore;

        /// <summary>Splits the supporters by the price; with <paramref name="apply"/>, they also pay it.</summary>
        public static Payment Split(EqualShares shares, int p, SharePrice price, bool apply)
        {
            var profile = shares._profile;
            var payment = new Payment
            {
                _cost = profile.Costs[p], _start = shares._start, _rho = price.Exact, _paidBefore = shares._paidCount,
            };
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
                if (payment._rho is null) payment._constrained.Add(groups[i]);
                if (apply) group = default;
            }
            return payment;
        }

        public Rational Rho(EqualShares shares)
        {
            if (_rho is { } known) return known;
            var profile = shares._profile;
            var (weight, paid) = (0L, new long[profile.ProjectCount]);
            foreach (var g in _constrained)
            {
                weight += profile.Weights[g];
                var (projects, utilities) = (profile.GroupProjects[g], profile.GroupUtilities[g]);
                for (var j = 0; j < projects.Length; j++)
                    if (shares._paidAt[projects[j]] is >= 0 and var at && at < _paidBefore) paid[projects[j]] += profile.Weights[g] * utilities[j];
            }
            var held = _start * weight;
            for (var p = 0; p < paid.Length; p++)
                if (paid[p] != 0) held -= shares.PaidRho(p) * paid[p];
            _rho = (_cost - held) / _otherUtility;
            return _rho.Value;
        }
    }
}
