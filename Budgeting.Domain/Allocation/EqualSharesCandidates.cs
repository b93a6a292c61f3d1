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
        private readonly Dictionary<int, (SharePrice Price, double Key, double Tolerance, bool Fresh)> _known = [];

        public Candidates(EqualShares shares, IEnumerable<int> projects)
        {
            _shares = shares;
            _projects = projects.ToList();
        }

        public void Remove(int project)
        {
            _projects.Remove(project);
            _known.Remove(project);
            foreach (var p in _projects) _known[p] = _known[p] with { Fresh = false };
        }

        public SharePrice? Cheapest()
        {
            foreach (var p in _projects.ToList()) if (!_known.ContainsKey(p)) Reprice(p);
            while (_projects.Count > 0)
            {
                var best = _projects.MinBy(p => (_known[p].Key, _shares._profile.IdRank[p]));
                if (!_known[best].Fresh) { Reprice(best); continue; }
                var rivals = _projects.Where(p => p != best && Close(best, p)).ToList();
                var stale = rivals.Where(p => !_known[p].Fresh).ToList();
                if (stale.Count > 0) { stale.ForEach(Reprice); continue; }
                if (rivals.Count == 0) return _known[best].Price;
                return rivals.Append(best)
                    .Select(p => _known[p].Price)
                    .MinBy(price => (_shares.ExactKey(price), _shares._profile.IdRank[price.Project]));
            }
            return null;
        }

        private bool Close(int best, int other) =>
            _known[other].Key - _known[other].Tolerance <= _known[best].Key + _known[best].Tolerance;

        private void Reprice(int p)
        {
            if (_shares.Price(p) is not { } price)
            {
                _projects.Remove(p);
                _known.Remove(p);
                return;
            }
            _known[p] = (price, _shares.Key(price), _shares.KeyTolerance(price), true);
        }
    }
}
