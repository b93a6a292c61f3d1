namespace Budgeting.Domain.Rules;

/// <summary>The budgets per voter add-one tries: <see cref="First"/>, then <see cref="Base"/> + 1, + 2, …</summary>
internal sealed record AddOneStart(Rational First, Rational Base)
{
    public Rational At(long raise) => raise == 0 ? First : Base + raise;
}

/// <summary>
/// Add-one completion: Equal Shares again with every voter's budget one unit higher until the outcome leaves no
/// project that still fits (keep it) or costs more than the budget (keep the one before). Which unselected projects
/// count is the variant's: those Equal Shares may fund (the reference), or every project (equalshares.net).
/// An outcome that already holds every project Equal Shares may fund is kept too: no raise can change its projects.
/// </summary>
internal sealed class AddOne
{
    /// <summary>
    /// The most work one completion may take, in Equal Shares runs × (ballot groups + projects): about fifteen seconds
    /// here. A safety net only: jumping needs a few runs per change of outcome, where stepping needed one per raise.
    /// </summary>
    public const long MaxWork = 50_000_000;

    /// <summary>Stride, in raises, past which a jump is not tried: keeps raise numbers far from overflow.</summary>
    private const long LongestStride = 1L << 40;

    /// <summary>
    /// Single raises in a row that kept the outcome before a jump is tried: where the outcome changes every few raises
    /// (the order of selection does on the largest shared files), a refused jump only costs a run. With 2, Warsaw 2026
    /// took 227 runs for stepping's 186 and Mokotów 414 for 349; with 5, 195 and 358, and generated city cycles as many.
    /// </summary>
    private const int CalmSteps = 5;

    private readonly VoterProfile _profile;
    private readonly AddOneStart _start;
    private readonly bool _everyProjectCounts;
    private readonly long _maxRuns;
    /// <summary>Two instances, so the run kept as the current one keeps its payments while the next one runs.</summary>
    private EqualShares _kept, _spare;
    private long _runs;

    public AddOne(VoterProfile profile, PriceOrder order, AddOneStart start, bool everyProjectCounts)
    {
        (_profile, _start, _everyProjectCounts) = (profile, start, everyProjectCounts);
        _maxRuns = MaxWork / (profile.GroupProjects.Length + profile.ProjectCount);
        (_kept, _spare) = (new EqualShares(profile, order), new EqualShares(profile, order));
    }

    /// <summary>Equal Shares runs made so far.</summary>
    public long Runs => _runs;

    /// <summary>The raise whose run gave the outcome returned.</summary>
    public long KeptRaise { get; private set; }

    /// <summary>The budget per voter of the run that gave the outcome returned.</summary>
    public Rational KeptBudget => _start.At(KeptRaise);

    /// <summary>
    /// The outcome unit stepping gives, found by jumping. While the selection stays the same, every voter's budget
    /// in every round rises with the start budget and every price falls (by induction over the rounds). So when a run
    /// at a higher budget chooses as one at a lower budget in every round, and every rival there is dearer than the
    /// lower run's choice (or as dear and after it in the tie order), every budget between them gives that outcome
    /// too, and the raises in between are skipped. Where a jump is refused the stride halves, down to single raises,
    /// which are taken as stepping takes them; jumps are tried again after a few single raises that kept the outcome.
    /// </summary>
    public List<int> Jump()
    {
        var current = Keep(Probe(0, null));
        if (Settled(current.Selection) is { } settled) return Kept(settled, 0);
        var (at, stride, calm) = (0L, 1L, 0);
        while (!SelectsAllItMay(current.Selection))
        {
            var next = Probe(at + stride, stride == 1 ? null : current.Trace);
            if (stride == 1)
            {
                if (Settled(next.Selection, current.Selection) is { } done) return Kept(done, ReferenceEquals(done, next.Selection) ? at + 1 : at);
                calm = next.Selection.SequenceEqual(current.Selection) ? calm + 1 : 0;
                (current, at, stride) = (Keep(next), at + 1, calm >= CalmSteps ? 2 : 1);
            }
            else if (next.Trace.Separated && next.Selection.SequenceEqual(current.Selection))
                (current, at, stride) = (Keep(next), at + stride, Math.Min(2 * stride, LongestStride));
            else (stride, calm) = (stride / 2, 0);
        }
        return Kept(current.Selection, at);
    }

    /// <summary>Unit stepping, as the definition reads: every budget in turn (the tests' oracle for <see cref="Jump"/>).</summary>
    public List<int> Step()
    {
        List<int>? previous = null;
        for (var raise = 0L; ; raise++)
        {
            var selection = Probe(raise, null).Selection;
            if (Settled(selection, previous) is { } settled) return Kept(settled, ReferenceEquals(settled, selection) ? raise : raise - 1);
            if (SelectsAllItMay(selection)) return Kept(selection, raise);
            previous = selection;
        }
    }

    private List<int> Kept(List<int> selection, long raise)
    {
        KeptRaise = raise;
        return selection;
    }

    private (List<int> Selection, RunTrace Trace) Probe(long raise, RunTrace? below)
    {
        if (++_runs > _maxRuns) throw new AllocationTooCostlyException(_maxRuns);
        var trace = new RunTrace(_spare);
        return (_spare.Run(_start.At(raise), trace, below), trace);
    }

    private (List<int> Selection, RunTrace Trace) Keep((List<int> Selection, RunTrace Trace) run)
    {
        (_kept, _spare) = (_spare, _kept);
        return run;
    }

    /// <summary>The outcome to keep when add-one stops at <paramref name="selection"/>, else null.</summary>
    private List<int>? Settled(List<int> selection, List<int>? previous = null)
    {
        var left = _profile.Election.Budget - _profile.TotalCost(selection);
        if (left.Sign < 0) return previous ?? selection;
        var chosen = selection.ToHashSet();
        var exhausted = Enumerable.Range(0, _profile.ProjectCount)
            .All(p => chosen.Contains(p) || (!_everyProjectCounts && !_kept.IsEligible(p)) || _profile.Costs[p] > left);
        return exhausted ? selection : null;
    }

    private bool SelectsAllItMay(List<int> selection)
    {
        var chosen = selection.ToHashSet();
        return Enumerable.Range(0, _profile.ProjectCount).All(p => chosen.Contains(p) || !_kept.IsEligible(p));
    }
}
