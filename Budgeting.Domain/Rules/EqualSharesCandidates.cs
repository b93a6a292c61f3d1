namespace Budgeting.Domain.Rules;

internal sealed partial class EqualShares
{
    /// <summary>
    /// The projects still in the running, each with the last price computed for it. Budgets only shrink, so a price
    /// only rises: an old price is a lower bound, and only the projects that could be cheapest are priced again.
    /// </summary>
    private sealed class Candidates
    {
        private readonly EqualShares _shares;
        private readonly List<int> _projects;
        private readonly SharePrice?[] _prices;
        private readonly double[] _keys;
        private readonly double[] _tolerances;
        private readonly bool[] _fresh;
        private readonly int[] _walk;

        public Candidates(EqualShares shares, IEnumerable<int> projects)
        {
            _shares = shares;
            var count = shares._profile.ProjectCount;
            (_prices, _keys, _tolerances, _fresh, _walk) =
                (new SharePrice?[count], new double[count], new double[count], new bool[count], new int[count]);
            _projects = [];
            foreach (var p in projects)
                if (Store(p, shares.StartPrice(p))) _projects.Add(p);
        }

        public void Remove(int project)
        {
            _projects.Remove(project);
            Array.Clear(_fresh);
        }

        public SharePrice? Cheapest()
        {
            while (_projects.Count > 0)
            {
                var best = Lowest();
                if (!_fresh[best]) { Reprice(best); continue; }
                var staleRival = false;
                var rivals = 0;
                foreach (var p in Snapshot())
                {
                    if (p == best || !Close(best, p)) continue;
                    rivals++;
                    if (!_fresh[p]) (staleRival, _) = (true, Reprice(p));
                }
                if (staleRival) continue;
                return rivals == 0 ? _prices[best] : ExactlyCheapest(best);
            }
            return null;
        }

        /// <summary>Adds this round's choice to the trace and, against a run at a lower budget, checks the rivals.</summary>
        public void Record(RunTrace trace, RunTrace? below, int chosen)
        {
            var round = trace.Chosen.Count;
            trace.Chosen.Add(chosen);
            trace.Upper.Add(_keys[chosen] + _tolerances[chosen]);
            if (below is not null && trace.Separated) trace.Separated = SeparatedFrom(below, round, chosen);
        }

        /// <summary>
        /// Every rival's key here is above the chosen project's key in the lower run: by the estimates when they are
        /// clear, else after pricing a stale rival afresh, else exactly (ties going by the tie order).
        /// </summary>
        private bool SeparatedFrom(RunTrace below, int round, int chosen)
        {
            if (round >= below.Chosen.Count || below.Chosen[round] != chosen) return false;
            var (upper, tieRank) = (below.Upper[round], _shares._order.TieRank);
            Rational? exact = null;
            foreach (var q in Snapshot())
            {
                if (q == chosen || _keys[q] - _tolerances[q] > upper) continue;
                if (!_fresh[q] && !Reprice(q)) continue;
                if (_keys[q] - _tolerances[q] > upper) continue;
                exact ??= below.ExactKey(round);
                var key = _shares.ExactKey(_prices[q]!);
                if (key < exact || (key == exact && tieRank[q] < tieRank[chosen])) return false;
            }
            return true;
        }

        /// <summary>The projects in the running, copied so that pricing may drop one while they are walked.</summary>
        private ReadOnlySpan<int> Snapshot()
        {
            _projects.CopyTo(_walk);
            return _walk.AsSpan(0, _projects.Count);
        }

        private int Lowest()
        {
            var tieRank = _shares._order.TieRank;
            var best = _projects[0];
            foreach (var p in _projects)
                if (_keys[p] < _keys[best] || (_keys[p] == _keys[best] && tieRank[p] < tieRank[best]))
                    best = p;
            return best;
        }

        private SharePrice ExactlyCheapest(int best) =>
            _projects.Where(p => p == best || Close(best, p))
                .Select(p => _prices[p]!)
                .MinBy(price => (_shares.ExactKey(price), _shares._order.TieRank[price.Project]))!;

        private bool Close(int best, int other) => _keys[other] - _tolerances[other] <= _keys[best] + _tolerances[best];

        private bool Reprice(int p)
        {
            if (Store(p, _shares.Price(p, _prices[p]!.Estimate))) return true;
            _projects.Remove(p);
            return false;
        }

        private bool Store(int p, SharePrice? price)
        {
            if (price is null) return false;
            (_prices[p], _keys[p], _tolerances[p], _fresh[p]) = (price, _shares.Key(price), _shares.KeyTolerance(price), true);
            return true;
        }
    }
}
