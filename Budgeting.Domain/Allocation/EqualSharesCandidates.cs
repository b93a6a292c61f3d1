namespace Budgeting.Domain.Allocation;

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

        public Candidates(EqualShares shares, IEnumerable<int> projects)
        {
            _shares = shares;
            var count = shares._profile.ProjectCount;
            (_prices, _keys, _tolerances, _fresh) = (new SharePrice?[count], new double[count], new double[count], new bool[count]);
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
                foreach (var p in _projects.ToArray())
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

        private int Lowest()
        {
            var best = _projects[0];
            foreach (var p in _projects)
                if (_keys[p] < _keys[best] || (_keys[p] == _keys[best] && _shares._profile.IdRank[p] < _shares._profile.IdRank[best]))
                    best = p;
            return best;
        }

        private SharePrice ExactlyCheapest(int best) =>
            _projects.Where(p => p == best || Close(best, p))
                .Select(p => _prices[p]!)
                .MinBy(price => (_shares.ExactKey(price), _shares._profile.IdRank[price.Project]))!;

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
