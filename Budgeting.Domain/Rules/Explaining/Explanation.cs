namespace Budgeting.Domain.Rules.Explaining;

/// <summary>Which sentence explains a project: a stable code, the same in every language.</summary>
public enum ReasonCode
{
    WalkFunded,
    WalkSkipped,
    WalkStopped,
    WalkNotReached,
    NoVotes,
    BelowMinimum,
    NotRanked,
    SharesFunded,
    SharesCannotFund,
    SharesUnaffordable,
    NoBallots,
}

/// <summary>Why a project ended where it did, at the step that decided it.</summary>
public enum Verdict
{
    Funded,
    /// <summary>Reached while it cost more than what was left.</summary>
    Skipped,
    /// <summary>Greedy without skipping stopped here, or before reaching it.</summary>
    Stopped,
    NoSupport,
    BelowMinimum,
    NotRanked,
    /// <summary>Equal Shares: affordable in a round, but another project was cheaper per vote.</summary>
    Dearer,
    /// <summary>Equal Shares: its supporters no longer held its cost.</summary>
    Unaffordable,
    /// <summary>The comparison step kept the other outcome.</summary>
    NotPreferred,
}

/// <summary>
/// How a rule reached its outcome, recorded while it ran: the rounds (a greedy walk is one round) and, for every
/// project, the verdict with its figures. The funded projects are exactly the outcome's.
/// </summary>
public sealed record Explanation(string Rule, Rational Budget, IReadOnlyList<string> SelectionOrder,
    IReadOnlyList<ExplainedRound> Rounds, IReadOnlyList<ExplainedProject> Projects, AddOneFigures? AddOne = null,
    ComparisonFigures? Comparison = null)
{
    public IReadOnlyList<string> Selected { get; } = SelectionOrder.Order(StringComparer.Ordinal).ToList();
}

/// <summary>One round: the step it belongs to, what was left before and after it, and every candidate it considered.</summary>
public sealed record ExplainedRound(int Number, string Stage, Rational LeftBefore, Rational LeftAfter, string? Picked,
    IReadOnlyList<RoundEntry> Entries);

/// <summary>
/// A candidate in a round: its verdict there; a greedy walk's score and what was left when it was reached; Equal Shares'
/// price ρ (what a supporter of utility one pays), effective support (cost ÷ ρ) and its supporters' money.
/// </summary>
public sealed record RoundEntry(string ProjectId, Rational Cost, Verdict Verdict, Rational? Score = null,
    Rational? Remaining = null, Rational? Rho = null, Rational? EffectiveSupport = null, Rational? SupportersMoney = null);

/// <summary>What each of a group of supporters paid for a funded project.</summary>
public sealed record PaymentShare(Rational Each, long Voters);

/// <summary>Money a project's supporters paid for a funded project.</summary>
public sealed record MoneyTaken(string ProjectId, Rational Amount);

/// <summary>
/// A project's verdict, the reason's code and every figure the reason cites: the walk's stage and what its score is
/// (<see cref="ScoreName"/>), the minimum score, the votes, the project a walk stopped at; <see cref="ByComparison"/> when
/// the comparison step took greedy's outcome. <see cref="Reason"/> is the English sentence made of them
/// (<see cref="ReasonText"/>); pages write the same figures in the reader's language.
/// </summary>
public sealed record ExplainedProject(string ProjectId, Rational Cost, bool Funded, Verdict Verdict, ReasonCode ReasonCode,
    int? Round = null, Rational? Score = null, Rational? Remaining = null, Rational? Rho = null,
    Rational? EffectiveSupport = null, long? Payers = null, IReadOnlyList<PaymentShare>? Payments = null,
    Rational? SupportersMoney = null, int? UnaffordableFromRound = null, IReadOnlyList<MoneyTaken>? TakenBy = null,
    string? Stage = null, string? ScoreName = null, Rational? Minimum = null, Rational? Votes = null, string? StoppedAt = null,
    bool ByComparison = false)
{
    public string Reason { get; init; } = "";

    /// <summary>The most one voter paid for it (Equal Shares).</summary>
    public Rational? MostPaid => Payments is { Count: > 0 } p ? p[0].Each : Payments is null ? null : Rational.Zero;
}

/// <summary>Add-one: the budget per voter of the run kept, and how many raises above the first run it took.</summary>
public sealed record AddOneFigures(Rational FirstBudgetPerVoter, Rational BudgetPerVoter, long Raises);

/// <summary>The comparison step: voters preferring Equal Shares' outcome, and greedy's; greedy's taken only when more prefer it.</summary>
public sealed record ComparisonFigures(long PreferEqualShares, long PreferGreedy, bool GreedyTaken);
