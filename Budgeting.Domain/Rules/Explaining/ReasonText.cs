using System.Globalization;

namespace Budgeting.Domain.Rules.Explaining;

/// <summary>
/// A project's reason as one English sentence, made of its code and figures alone (the API's <c>reason</c>); a page writes
/// the same code and figures from its own texts.
/// </summary>
public static class ReasonText
{
    /// <summary>How many of the projects that took a project's supporters' money a reason names.</summary>
    public const int TakersNamed = 3;

    public static string English(ExplainedProject p, IReadOnlyDictionary<string, ExplainedProject> projects,
        ComparisonFigures? comparison)
    {
        var sentence = Sentence(p, projects);
        return p.ByComparison && comparison is { } c
            ? $"greedy's outcome was taken ({c.PreferGreedy:D} voters preferred it, {c.PreferEqualShares:D} Equal Shares'): {sentence}"
            : sentence;
    }

    private static string Sentence(ExplainedProject p, IReadOnlyDictionary<string, ExplainedProject> projects)
    {
        var cost = Number(p.Cost);
        return p.ReasonCode switch
        {
            ReasonCode.WalkFunded => $"funded by the {p.Stage} walk: cost {cost} ≤ {Number(p.Remaining!.Value)} left{ScoreText(p)}",
            ReasonCode.WalkSkipped => $"skipped by the {p.Stage} walk: cost {cost} > {Number(p.Remaining!.Value)} left{ScoreText(p)}",
            ReasonCode.WalkStopped => $"the walk stopped here: cost {cost} > {Number(p.Remaining!.Value)} left{ScoreText(p)}",
            ReasonCode.WalkNotReached => $"not reached: the walk stopped at {Stop(projects[p.StoppedAt!])}; cost {cost}",
            ReasonCode.NoVotes => $"not funded: score {Number(p.Score!.Value)}, nobody voted for it (cost {cost})",
            ReasonCode.BelowMinimum =>
                $"not funded: score {Number(p.Score!.Value)} is below the minimum {Number(p.Minimum!.Value)} (cost {cost})",
            ReasonCode.NotRanked => $"not funded: the committee did not rank it (cost {cost})",
            ReasonCode.SharesFunded =>
                $"funded in Equal Shares round {p.Round}: ρ = {Number(p.Rho!.Value)}, {Number(p.Payers!.Value)} supporters paid (at most " +
                $"{Number(p.MostPaid!.Value)} each) its cost {cost}" +
                (p.EffectiveSupport is { } e ? $", effective support {Number(e)}" : ""),
            ReasonCode.SharesCannotFund => $"not funded: {Number(p.Votes!.Value)} votes, Equal Shares cannot fund it (cost {cost})",
            ReasonCode.SharesUnaffordable =>
                $"not affordable from Equal Shares round {p.UnaffordableFromRound}: its supporters hold {Number(p.SupportersMoney!.Value)} " +
                $"against its cost {cost}{Went(p.TakenBy ?? [])}",
            ReasonCode.NoBallots => $"not funded: no ballots were cast (cost {cost})",
            _ => throw new ArgumentOutOfRangeException(nameof(p), p.ReasonCode, "a reason without a sentence"),
        };
    }

    private static string Stop(ExplainedProject stop) => $"{stop.ProjectId} (cost {Number(stop.Cost)} > {Number(stop.Remaining!.Value)} left)";

    private static string Went(IReadOnlyList<MoneyTaken> takenBy) => takenBy.Count == 0 ? "" : "; their money went to " +
        string.Join(", ", takenBy.Take(TakersNamed).Select(t => $"{t.ProjectId} ({Number(t.Amount)})")) +
        (takenBy.Count > TakersNamed ? ", …" : "");

    private static string ScoreText(ExplainedProject p) => p.Score is { } s ? $" ({p.ScoreName} {Number(s)})" : "";

    /// <summary>A figure as a reason shows it: exact when short, else rounded with "≈".</summary>
    public static string Number(Rational value)
    {
        if (value.IsInteger) return value.Numerator.ToString("#,0", CultureInfo.InvariantCulture);
        var rounded = Math.Round(value.ToDouble(), 2);
        return (new Rational((long)Math.Round(rounded * 100), 100) == value ? "" : "≈")
               + rounded.ToString("#,0.##", CultureInfo.InvariantCulture);
    }
}
