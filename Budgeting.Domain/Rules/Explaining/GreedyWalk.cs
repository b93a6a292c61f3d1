namespace Budgeting.Domain.Rules.Explaining;

/// <summary>A greedy walk as one round: every project in the order walked, with what was left when it was reached.</summary>
internal sealed class GreedyWalk(ExplanationLog log, string stage, Rational leftBefore, string scoreName = "score")
{
    private readonly List<RoundEntry> _entries = [];
    private string? _stoppedAt;

    public bool Stopped => _stoppedAt is not null;

    public void Fund(int p, Rational? score, Rational left)
    {
        Add(p, Verdict.Funded, score, left);
        Decide(p, Verdict.Funded, ReasonCode.WalkFunded, e => e with { Score = score, Remaining = left });
    }

    public void Skip(int p, Rational? score, Rational left)
    {
        Add(p, Verdict.Skipped, score, left);
        Decide(p, Verdict.Skipped, ReasonCode.WalkSkipped, e => e with { Score = score, Remaining = left });
    }

    public void Stop(int p, Rational score, Rational left)
    {
        Add(p, Verdict.Stopped, score, left);
        _stoppedAt = log.Id(p);
        Decide(p, Verdict.Stopped, ReasonCode.WalkStopped, e => e with { Score = score, Remaining = left });
    }

    public void NotReached(int p)
    {
        _entries.Add(log.Entry(p, Verdict.Stopped));
        Decide(p, Verdict.Stopped, ReasonCode.WalkNotReached, e => e with { StoppedAt = _stoppedAt });
    }

    public void Unsupported(int p, Rational score)
    {
        Add(p, Verdict.NoSupport, score, null);
        Decide(p, Verdict.NoSupport, ReasonCode.NoVotes, e => e with { Score = score });
    }

    public void BelowMinimum(int p, Rational score, long minimum)
    {
        Add(p, Verdict.BelowMinimum, score, null);
        Decide(p, Verdict.BelowMinimum, ReasonCode.BelowMinimum, e => e with { Score = score, Minimum = minimum });
    }

    public void NotRanked(int p)
    {
        _entries.Add(log.Entry(p, Verdict.NotRanked));
        Decide(p, Verdict.NotRanked, ReasonCode.NotRanked);
    }

    public void End(Rational left) =>
        log.Round(stage, leftBefore, left, null, _entries);

    private void Add(int p, Verdict verdict, Rational? score, Rational? left) =>
        _entries.Add(log.Entry(p, verdict) with { Score = score, Remaining = left });

    private void Decide(int p, Verdict verdict, ReasonCode reason, Func<ExplainedProject, ExplainedProject>? figures = null) =>
        log.Decide(p, verdict, reason, e => (figures?.Invoke(e) ?? e) with { Stage = stage, ScoreName = scoreName });
}
