namespace Budgeting.Domain.Rules.Explaining;

/// <summary>
/// What a rule records while it runs, when asked to explain: its rounds, and per project (by index) the latest verdict
/// with its figures. A later step (a completion) overrides an earlier one's verdict on the projects it reaches.
/// </summary>
internal sealed class ExplanationLog(IReadOnlyList<string> ids, IReadOnlyList<Rational> costs, Rational budget)
{
    private readonly List<ExplainedRound> _rounds = [];
    private readonly ExplainedProject?[] _projects = new ExplainedProject?[ids.Count];

    public ExplanationLog(Election election) : this(election.Projects.Select(p => p.Id).ToList(),
        election.Projects.Select(p => p.Cost).ToList(), election.Budget)
    {
    }

    public AddOneFigures? AddOne { get; set; }
    public ComparisonFigures? Comparison { get; set; }
    public Rational Budget => budget;
    public int RoundCount => _rounds.Count;

    public string Id(int p) => ids[p];
    public Rational Cost(int p) => costs[p];

    public RoundEntry Entry(int p, Verdict verdict) => new(ids[p], costs[p], verdict);

    public void Round(string stage, Rational leftBefore, Rational leftAfter, int? picked, IReadOnlyList<RoundEntry> entries) =>
        _rounds.Add(new ExplainedRound(_rounds.Count + 1, stage, leftBefore, leftAfter, picked is { } p ? ids[p] : null, entries));

    public void Decide(int p, Verdict verdict, ReasonCode reason, Func<ExplainedProject, ExplainedProject>? figures = null)
    {
        var decided = new ExplainedProject(ids[p], costs[p], verdict == Verdict.Funded, verdict, reason);
        _projects[p] = figures is null ? decided : figures(decided);
    }

    public ExplainedProject? Decided(int p) => _projects[p];

    /// <summary>The rounds and verdicts of a step run on the side (the comparison's greedy); its verdicts only when taken.</summary>
    public void Absorb(ExplanationLog other, bool verdicts)
    {
        foreach (var round in other._rounds) _rounds.Add(round with { Number = _rounds.Count + 1 });
        if (!verdicts) return;
        for (var p = 0; p < _projects.Length; p++)
            if (other._projects[p] is { } decided) _projects[p] = decided with { ByComparison = true };
    }

    /// <summary>The explanation; throws when a verdict disagrees with the selection, which would be a defect of the rule.</summary>
    public Explanation Build(string rule, IReadOnlyList<int> selection)
    {
        var chosen = selection.ToHashSet();
        var projects = new List<ExplainedProject>();
        for (var p = 0; p < _projects.Length; p++)
        {
            var decided = _projects[p] ?? throw new InvalidOperationException($"the {rule} rule gave project {ids[p]} no verdict");
            if (decided.Funded != chosen.Contains(p))
                throw new InvalidOperationException($"the {rule} rule's explanation disagrees with its outcome on project {ids[p]}");
            projects.Add(decided);
        }
        var byId = projects.ToDictionary(p => p.ProjectId);
        projects = projects.Select(p => p with { Reason = ReasonText.English(p, byId, Comparison) }).ToList();
        return new Explanation(rule, budget, selection.Select(p => ids[p]).ToList(), _rounds, projects, AddOne, Comparison);
    }
}
