using Budgeting.Domain.Rules.Explaining;

namespace Budgeting.Domain.Rules;

/// <summary>
/// The Method of Equal Shares as equalshares.net describes and computes it for cities (Świecie, Assen, Wieliczka):
/// <list type="bullet">
/// <item>Every voter starts with budget ÷ voters. A project costs its supporters min(budget, ρ·utility) each, the
/// utility being 1 on approval (and ordinal) ballots and the points on cumulative and scoring ones; each round funds
/// the project with the highest effective vote count, cost ÷ ρ, that is the lowest ρ per unit of cost. Exact ties go to
/// the lower cost, then to more votes (supporters, or points), then — where equalshares.net would draw lots — to the
/// smaller id (ordinal).</item>
/// <item>equalshares_add1 (META <c>equalshares/add1</c>), the Add1 completion: after the run at budget ÷ voters, every
/// voter starts with the whole currency units of that share plus 1, plus 2, …; it keeps an outcome that leaves no
/// project at all that still fits (exhaustive), and otherwise stops before a raise whose outcome costs more than the
/// budget. When an outcome holds every project Equal Shares may fund and still is not exhaustive (an unsupported project
/// fits), no raise could change it: it is kept, where equalshares.net would raise without end.</item>
/// <item>The comparison step (<c>…-comparison</c>): greedy by score (as greedy_score) is computed too, and every voter
/// prefers the outcome giving them more utility (approved projects, or points); greedy's outcome is taken only when
/// more voters prefer it.</item>
/// </list>
/// Projects that cost nothing and have support are funded first, as in the reference; equalshares.net's tool has none.
/// </summary>
public sealed class EqualSharesNetRule(string name, bool addOne, bool comparison) : IAllocationRule
{
    public string Name => name;

    /// <summary>Add-one by unit stepping instead of jumping: the tests' oracle.</summary>
    internal bool Steps { get; init; }

    public AllocationOutcome Allocate(Election election)
    {
        var profile = Profile(election);
        return AllocationOutcome.Of(election, Select(profile, null).Select(p => profile.Ids[p]).ToList());
    }

    public Explanation Explain(Election election)
    {
        var log = new ExplanationLog(election);
        return log.Build(Name, Select(Profile(election), log));
    }

    private static VoterProfile Profile(Election election) =>
        VoterProfile.Of(election, election.Kind is BallotKind.Cumulative or BallotKind.Scoring ? Satisfaction.Points : Satisfaction.Cost);

    private List<int> Select(VoterProfile profile, ExplanationLog? log)
    {
        var selection = profile.Voters == 0 ? [] : EqualSharesOutcome(profile, log);
        if (profile.Voters == 0 && log is not null) EqualSharesExplained.NoVoters(profile, log);
        return comparison ? Compared(profile, selection, log) : selection;
    }

    private List<int> EqualSharesOutcome(VoterProfile profile, ExplanationLog? log)
    {
        var order = new PriceOrder(PerCost: true, TieRank(profile));
        var share = profile.Election.Budget / profile.Voters;
        if (!addOne) return new EqualShares(profile, order).Run(share, log: log);
        var whole = new Rational(share.Numerator / share.Denominator, 1);
        var start = new AddOneStart(share, whole);
        var completion = new AddOne(profile, order, start, everyProjectCounts: true);
        var selection = Steps ? completion.Step() : completion.Jump();
        return log is null ? selection : EqualSharesExplained.AddOne(profile, order, start, completion, selection, log);
    }

    private static int[] TieRank(VoterProfile profile)
    {
        var order = Enumerable.Range(0, profile.ProjectCount)
            .OrderBy(p => profile.Costs[p]).ThenByDescending(p => profile.TotalUtility[p]).ThenBy(p => profile.IdRank[p]).ToArray();
        var rank = new int[order.Length];
        for (var r = 0; r < order.Length; r++) rank[order[r]] = r;
        return rank;
    }

    private static List<int> Compared(VoterProfile profile, List<int> equalShares, ExplanationLog? log)
    {
        var greedyLog = log is null ? null : new ExplanationLog(profile.Election);
        var greedy = new GreedyByScoreRule("greedy_score", skipsWhatDoesNotFit: true, minimumScore: null)
            .Select(profile.Election, greedyLog);
        var (inShares, inGreedy) = (equalShares.ToHashSet(), greedy.ToHashSet());
        long prefersShares = 0, prefersGreedy = 0;
        for (var g = 0; g < profile.Weights.Length; g++)
        {
            var (projects, utilities) = (profile.GroupProjects[g], profile.GroupUtilities[g]);
            long shares = 0, byGreedy = 0;
            for (var i = 0; i < projects.Length; i++)
            {
                if (inShares.Contains(projects[i])) shares += utilities[i];
                if (inGreedy.Contains(projects[i])) byGreedy += utilities[i];
            }
            if (shares > byGreedy) prefersShares += profile.Weights[g];
            else if (byGreedy > shares) prefersGreedy += profile.Weights[g];
        }
        var greedyTaken = prefersGreedy > prefersShares;
        if (log is not null)
        {
            log.Comparison = new ComparisonFigures(prefersShares, prefersGreedy, greedyTaken);
            log.Absorb(greedyLog!, greedyTaken);
        }
        return greedyTaken ? greedy : equalShares;
    }
}
