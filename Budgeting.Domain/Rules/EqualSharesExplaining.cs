using Budgeting.Domain.Rules.Explaining;

namespace Budgeting.Domain.Rules;

internal sealed partial class EqualShares
{
    /// <summary>
    /// Explains a run as it goes: before each purchase, every project still in the running priced by the definition on
    /// exact budgets (<see cref="ExactPrice(int, Func{int, Rational})"/>), what each supporter pays for the one chosen;
    /// at the end, why each project left out could not be afforded and whose purchases took its supporters' money.
    /// </summary>
    private sealed class Explaining(EqualShares shares, ExplanationLog log)
    {
        /// <summary>By funded project: what one voter of each paying group paid.</summary>
        private readonly Dictionary<int, Dictionary<int, Rational>> _paid = [];
        private readonly int?[] _unaffordableFrom = new int?[shares._profile.ProjectCount];
        private readonly int _firstRound = log.RoundCount;
        private Rational _spent = Rational.Zero;

        private VoterProfile Profile => shares._profile;
        private int Round1 => log.RoundCount - _firstRound + 1;

        public void Round(int chosen, List<int> selection)
        {
            var budgets = Budgets();
            var taken = selection.ToHashSet();
            var entries = new List<RoundEntry>();
            foreach (var q in Profile.ByIdRank)
                if (q == chosen || (!taken.Contains(q) && shares.IsEligible(q))) entries.Add(Entry(q, chosen, budgets));
            var rho = shares.ExactPrice(chosen, g => budgets[g])!.Exact!.Value;
            var paid = Pay(chosen, rho, budgets);
            var cost = Profile.Costs[chosen];
            var payments = paid.GroupBy(g => g.Value).Select(g => new PaymentShare(g.Key, g.Sum(x => Profile.Weights[x.Key])))
                .OrderByDescending(s => s.Each).ToList();
            var payers = payments.Where(s => s.Each.Sign > 0).Sum(s => s.Voters);
            var effective = rho.Sign > 0 ? cost / rho : (Rational?)null;
            var round = Round1;
            log.Decide(chosen, Verdict.Funded, ReasonCode.SharesFunded, e => e with { Round = round, Rho = rho, EffectiveSupport = effective, Payers = payers, Payments = payments });
            log.Round("equal-shares", log.Budget - _spent, log.Budget - _spent - cost, chosen, entries);
            _spent += cost;
        }

        public void Finish(List<int> selection)
        {
            var budgets = Budgets();
            var taken = selection.ToHashSet();
            foreach (var q in Profile.ByIdRank)
            {
                if (taken.Contains(q)) continue;
                if (!shares.IsEligible(q))
                {
                    log.Decide(q, Verdict.NoSupport, ReasonCode.SharesCannotFund, e => e with { Votes = Profile.TotalUtility[q] });
                    continue;
                }
                var money = Money(q, budgets);
                var from = _unaffordableFrom[q] ?? Round1;
                var takenBy = TakenBy(q);
                log.Decide(q, Verdict.Unaffordable, ReasonCode.SharesUnaffordable, e => e with { SupportersMoney = money, UnaffordableFromRound = from, TakenBy = takenBy });
            }
        }

        private RoundEntry Entry(int q, int chosen, Rational[] budgets)
        {
            var money = Money(q, budgets);
            if (shares.ExactPrice(q, g => budgets[g]) is not { Exact: { } rho })
            {
                _unaffordableFrom[q] ??= Round1;
                return log.Entry(q, Verdict.Unaffordable) with { SupportersMoney = money };
            }
            return log.Entry(q, q == chosen ? Verdict.Funded : Verdict.Dearer) with
            {
                Rho = rho, EffectiveSupport = rho.Sign > 0 ? Profile.Costs[q] / rho : null, SupportersMoney = money,
            };
        }

        private Dictionary<int, Rational> Pay(int p, Rational rho, Rational[] budgets)
        {
            var (groups, utilities) = (Profile.Supporters[p], Profile.SupporterUtilities[p]);
            var paid = new Dictionary<int, Rational>();
            for (var i = 0; i < groups.Length; i++)
                if (shares._groups[groups[i]].Weight > 0) paid[groups[i]] = Rational.Min(budgets[groups[i]], rho * utilities[i]);
            return _paid[p] = paid;
        }

        private Rational Money(int q, Rational[] budgets) =>
            Rational.Sum(Profile.Supporters[q].Select(g => budgets[g] * Profile.Weights[g]));

        private List<MoneyTaken> TakenBy(int q)
        {
            var supporters = Profile.Supporters[q];
            return _paid.Select(f => new MoneyTaken(Profile.Ids[f.Key],
                    Rational.Sum(supporters.Where(f.Value.ContainsKey).Select(g => f.Value[g] * Profile.Weights[g]))))
                .Where(t => t.Amount.Sign > 0).OrderByDescending(t => t.Amount).ToList();
        }

        private Rational[] Budgets()
        {
            var budgets = new Rational[shares._groups.Length];
            for (var g = 0; g < budgets.Length; g++) budgets[g] = shares.ExactBudget(g);
            return budgets;
        }
    }
}
