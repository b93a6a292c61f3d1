namespace Budgeting.Domain.Allocation.Explaining;

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

public sealed record ExplainedProject(string ProjectId, Rational Cost, bool Funded, Verdict Verdict, string Reason,
    int? Round = null, Rational? Score = null, Rational? Remaining = null, Rational? Rho = null,
    Rational? EffectiveSupport = null, long? Payers = null, IReadOnlyList<PaymentShare>? Payments = null,
    Rational? SupportersMoney = null, int? UnaffordableFromRound = null, IReadOnlyList<MoneyTaken>? TakenBy = null);

/// <summary>Add-one: the budget per voter of the run kept, and how many raises above the first run it took.</summary>
public sealed record AddOneFigures(Rational FirstBudgetPerVoter, Rational BudgetPerVoter, long Raises);

/// <summary>The comparison step: voters preferring Equal Shares' outcome, and greedy's; greedy's taken only when more prefer it.</summary>
public sealed record ComparisonFigures(long PreferEqualShares, long PreferGreedy, bool GreedyTaken);
