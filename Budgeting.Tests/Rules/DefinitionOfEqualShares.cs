using Budgeting.Domain.Rules;

namespace Budgeting.Tests.Rules;

/// <summary>
/// The Method of Equal Shares and its add-one completion written straight from the definition in
/// shared/pabulib/README.md, with exact budgets for every voter: slow, plain, and the oracle of the property tests.
/// </summary>
internal static class DefinitionOfEqualShares
{
    public static List<string> Run(Election election, Satisfaction satisfaction, Rational perVoter)
    {
        var budgets = election.Ballots.Select(_ => perVoter).ToArray();
        var selected = new List<string>();
        foreach (var free in election.Projects.Where(p => p.Cost.Sign == 0 && Supported(election, satisfaction, p.Id)).OrderBy(p => p.Id, StringComparer.Ordinal))
            selected.Add(free.Id);
        while (true)
        {
            var priced = election.Projects.Where(p => !selected.Contains(p.Id) && IsEligible(election, satisfaction, p))
                .Select(p => (Project: p, Rho: Rho(election, satisfaction, p, budgets)))
                .Where(p => p.Rho is not null)
                .OrderBy(p => p.Rho!.Value).ThenBy(p => p.Project.Id, StringComparer.Ordinal).ToList();
            if (priced.Count == 0) return selected;
            var chosen = priced[0].Project;
            var rho = Rho(election, satisfaction, chosen, budgets)!.Value;
            for (var v = 0; v < budgets.Length; v++)
                budgets[v] -= Rational.Min(budgets[v], rho * Utility(election, satisfaction, v, chosen.Id));
            selected.Add(chosen.Id);
        }
    }

    public static List<string> AddOne(Election election, Satisfaction satisfaction)
    {
        List<string>? previous = null;
        for (var raise = 0; ; raise++)
        {
            var outcome = Run(election, satisfaction, election.Budget / election.Ballots.Count + raise);
            var cost = Rational.Sum(outcome.Select(id => election.ProjectById(id).Cost));
            if (cost > election.Budget) return previous!;
            if (election.Projects.All(p => outcome.Contains(p.Id) || !IsEligible(election, satisfaction, p) || p.Cost > election.Budget - cost))
                return outcome;
            previous = outcome;
        }
    }

    /// <summary>ρ with Σ min(bᵢ, ρ·uᵢ) = cost, supporters taken by bᵢ/uᵢ; null when they cannot afford it.</summary>
    private static Rational? Rho(Election election, Satisfaction satisfaction, Project project, Rational[] budgets)
    {
        var supporters = Enumerable.Range(0, budgets.Length)
            .Select(v => (Budget: budgets[v], Utility: Utility(election, satisfaction, v, project.Id)))
            .Where(s => s.Utility.Sign > 0).OrderBy(s => s.Budget / s.Utility).ToList();
        if (Rational.Sum(supporters.Select(s => s.Budget)) < project.Cost) return null;
        Rational paid = Rational.Zero, rest = Rational.Sum(supporters.Select(s => s.Utility));
        foreach (var (budget, utility) in supporters)
        {
            if ((project.Cost - paid) / rest <= budget / utility) return (project.Cost - paid) / rest;
            (paid, rest) = (paid + budget, rest - utility);
            if (rest.Sign == 0) return budget / utility;
        }
        return null;
    }

    private static Rational Utility(Election election, Satisfaction satisfaction, int voter, string project)
    {
        var ballot = election.Ballots[voter];
        var at = ballot.ProjectIds.ToList().IndexOf(project);
        if (at < 0) return Rational.Zero;
        return satisfaction switch
        {
            Satisfaction.Points => ballot.PointsAt(at),
            Satisfaction.Cost => election.ProjectById(project).Cost,
            _ => Rational.One,
        };
    }

    private static bool Supported(Election election, Satisfaction satisfaction, string project) =>
        Enumerable.Range(0, election.Ballots.Count).Any(v => Utility(election, satisfaction, v, project).Sign > 0 ||
            (satisfaction == Satisfaction.Cost && election.Ballots[v].ProjectIds.Contains(project)));

    private static bool IsEligible(Election election, Satisfaction satisfaction, Project project) =>
        project.Cost.Sign > 0 && Supported(election, satisfaction, project.Id);
}
