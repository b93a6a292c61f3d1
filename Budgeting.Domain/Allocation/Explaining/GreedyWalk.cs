using static Budgeting.Domain.Allocation.Explaining.ExplanationLog;

namespace Budgeting.Domain.Allocation.Explaining;

/// <summary>A greedy walk as one round: every project in the order walked, with what was left when it was reached.</summary>
internal sealed class GreedyWalk(ExplanationLog log, string stage, Rational leftBefore, string scoreName = "score")
{
    private readonly List<RoundEntry> _entries = [];
    private string? _stoppedAt;

    public bool Stopped => _stoppedAt is not null;

    public void Fund(int p, Rational? score, Rational left)
    {
        Add(p, Verdict.Funded, score, left);
        log.Decide(p, Verdict.Funded, $"funded by the {stage} walk: cost {Show(log.Cost(p))} ≤ {Show(left)} left{ScoreText(score)}",
            e => e with { Score = score, Remaining = left });
    }

    public void Skip(int p, Rational? score, Rational left)
    {
        Add(p, Verdict.Skipped, score, left);
        log.Decide(p, Verdict.Skipped, $"skipped by the {stage} walk: cost {Show(log.Cost(p))} > {Show(left)} left{ScoreText(score)}",
            e => e with { Score = score, Remaining = left });
    }

    public void Stop(int p, Rational score, Rational left)
    {
        Add(p, Verdict.Stopped, score, left);
        _stoppedAt = $"{log.Id(p)} (cost {Show(log.Cost(p))} > {Show(left)} left)";
        log.Decide(p, Verdict.Stopped, $"the walk stopped here: cost {Show(log.Cost(p))} > {Show(left)} left{ScoreText(score)}",
            e => e with { Score = score, Remaining = left });
    }

    public void NotReached(int p)
    {
        _entries.Add(log.Entry(p, Verdict.Stopped));
        log.Decide(p, Verdict.Stopped, $"not reached: the walk stopped at {_stoppedAt}; cost {Show(log.Cost(p))}");
    }

    public void Unsupported(int p, Rational score)
    {
        Add(p, Verdict.NoSupport, score, null);
        log.Decide(p, Verdict.NoSupport, $"not funded: score {Show(score)}, nobody voted for it (cost {Show(log.Cost(p))})",
            e => e with { Score = score });
    }

    public void BelowMinimum(int p, Rational score, long minimum)
    {
        Add(p, Verdict.BelowMinimum, score, null);
        log.Decide(p, Verdict.BelowMinimum,
            $"not funded: score {Show(score)} is below the minimum {Show(minimum)} (cost {Show(log.Cost(p))})", e => e with { Score = score });
    }

    public void NotRanked(int p)
    {
        _entries.Add(log.Entry(p, Verdict.NotRanked));
        log.Decide(p, Verdict.NotRanked, $"not funded: the committee did not rank it (cost {Show(log.Cost(p))})");
    }

    public void End(Rational left) =>
        log.Round(stage, leftBefore, left, null, _entries);

    private void Add(int p, Verdict verdict, Rational? score, Rational? left) =>
        _entries.Add(log.Entry(p, verdict) with { Score = score, Remaining = left });

    private string ScoreText(Rational? score) => score is { } s ? $" ({scoreName} {Show(s)})" : "";
}
