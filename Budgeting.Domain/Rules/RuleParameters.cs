namespace Budgeting.Domain.Rules;

/// <summary>
/// What a rule may take besides the election: the minimum score a project needs to be funded (greedy_threshold, and
/// greedy_no_skip when a city sets one), in the score the official greedy rules use (see <see cref="ProjectScores"/>).
/// </summary>
public sealed record RuleParameters(long? MinimumScore = null)
{
    public static readonly RuleParameters None = new();
}
