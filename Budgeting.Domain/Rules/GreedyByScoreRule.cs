using Budgeting.Domain.Rules.Explaining;

namespace Budgeting.Domain.Rules;

/// <summary>
/// The greedy rules cities run, as Pabulib names them: projects by score (see <see cref="ProjectScores"/>), the highest
/// first; ties go to the cheaper project, then to the smaller id (ordinal), where city rules would draw lots. A project
/// nobody voted for is never funded (Katowice 2020 left its 3,000 złoty project without votes unfunded with 3,437 left).
/// <list type="bullet">
/// <item>greedy_score (META <c>greedy</c>): fund each project that still fits, skip the others.</item>
/// <item>greedy_threshold (<c>greedy-threshold</c>): the same among projects whose score is at least the minimum.</item>
/// <item>greedy_no_skip (<c>greedy-no-skip</c>): fund in order and stop at the first project that no longer fits. A
/// project that costs more than the whole budget is passed over, not stopped at: it could never be funded (Pabulib
/// marks a project withdrawn after the vote, or wrongly admitted, with such a cost). A minimum score, when the city has
/// one, leaves out the projects below it.</item>
/// </list>
/// </summary>
public sealed class GreedyByScoreRule(string name, bool skipsWhatDoesNotFit, long? minimumScore) : IAllocationRule
{
    public string Name => name;

    public AllocationOutcome Allocate(Election election) =>
        AllocationOutcome.Of(election, Select(election).Select(p => election.Projects[p].Id).ToList());

    public Explanation Explain(Election election)
    {
        var log = new ExplanationLog(election);
        return log.Build(Name, Select(election, log));
    }

    internal List<int> Select(Election election, ExplanationLog? log = null)
    {
        var scores = ProjectScores.Of(election);
        var walk = log is null ? null : new GreedyWalk(log, "greedy", election.Budget);
        var (selection, left) = (new List<int>(), election.Budget);
        foreach (var p in Order(election, scores))
        {
            var cost = election.Projects[p].Cost;
            if (walk?.Stopped == true) walk.NotReached(p);
            else if (scores[p].Sign <= 0) walk?.Unsupported(p, scores[p]);
            else if (minimumScore is { } minimum && scores[p] < minimum) walk?.BelowMinimum(p, scores[p], minimum);
            else if (cost <= left)
            {
                walk?.Fund(p, scores[p], left);
                selection.Add(p);
                left -= cost;
            }
            else if (!skipsWhatDoesNotFit && cost <= election.Budget)
            {
                if (walk is null) break;
                walk.Stop(p, scores[p], left);
            }
            else walk?.Skip(p, scores[p], left);
        }
        walk?.End(left);
        return selection;
    }

    internal static IEnumerable<int> Order(Election election, Rational[] scores) =>
        Enumerable.Range(0, election.Projects.Count)
            .OrderByDescending(p => scores[p])
            .ThenBy(p => election.Projects[p].Cost)
            .ThenBy(p => election.Projects[p].Id, StringComparer.Ordinal);
}
