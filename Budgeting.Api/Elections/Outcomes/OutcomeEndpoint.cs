using Budgeting.Api.Elections.Exporting;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Rules;
using Budgeting.Domain.Common;
using Budgeting.Domain.Pabulib;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Budgeting.Api.Elections.Outcomes;

/// <summary>
/// A rule on an imported election: the code `pabulib allocate` runs, on the stored ballots. `official` is the rule the
/// file names, with its META parameters; `minimumScore` sets the minimum of greedy_threshold and greedy_no_skip (by
/// default, the file's min_project_score_threshold).
/// </summary>
public static class OutcomeEndpoint
{
    public const string Official = "official";

    /// <summary>The outcome; <c>official</c> is the file's META rule when the rule asked for was official.</summary>
    public sealed record ElectionOutcome(Guid ElectionId, string Rule, string? Official, long? MinimumScore,
        IReadOnlyList<string> Selected, IReadOnlyList<string> SelectionOrder, string TotalCost, string Budget, bool Exhaustive);

    [WolverineGet("/api/elections/{id}/outcomes/{rule}", OperationId = "electionOutcome"), AllowAnonymous, Tags("Elections")]
    public static async Task<IResult> Get(Guid id, string rule, long? minimumScore, IQuerySession session, IBallotSource ballots,
        CancellationToken token)
    {
        var (run, refusal) = await Resolve(id, rule, minimumScore, session, ballots, token);
        if (refusal is not null) return refusal;
        return Settled(() =>
        {
            var outcome = AllocationRules.ByName(run!.Rule, run.Parameters).Allocate(run.Election);
            return Results.Ok(new ElectionOutcome(id, run.Rule, run.Official, run.Parameters.MinimumScore, outcome.Selected,
                outcome.SelectionOrder, outcome.TotalCost.ToString(), run.Election.Budget.ToString(), outcome.Exhaustive));
        });
    }

    /// <summary>The rule to run on an imported election, with its parameters, or why it cannot run.</summary>
    public sealed record RuleRun(string Rule, RuleParameters Parameters, string? Official, Election Election);

    public static async Task<(RuleRun?, IResult?)> Resolve(Guid id, string rule, long? minimumScore, IQuerySession session,
        IBallotSource ballots, CancellationToken token)
    {
        if (rule != Official && !AllocationRules.IsKnown(rule))
            return (null, Rejection.Invalid("rule", "known-rule",
                $"rule must be {Official} or one of: " + string.Join(", ", AllocationRules.Names)).ToProblem());
        if (await ImportedElectionFile.Load(id, session, ballots, token) is not { } file) return (null, Problems.NotFound("election", id));
        string? problem = null;
        var official = rule == Official ? OfficialRule.Of(file, out problem) : null;
        if (rule == Official && official is null) return (null, Rejection.Conflict("no-official-rule", problem!).ToProblem());
        var name = official?.Rule ?? rule;
        var parameters = official?.Parameters ?? OfficialRule.ParametersFor(file, name, out problem);
        if (minimumScore is { } minimum) (parameters, problem) = (new RuleParameters(minimum), null);
        if ((problem ?? AllocationRules.ParameterProblem(name, parameters)) is { } bad)
            return (null, Rejection.Invalid("minimumScore", "rule-parameters", bad).ToProblem());
        return (new RuleRun(name, parameters, official?.MetaValue, file.ToElection()), null);
    }

    /// <summary>The answer, or 409 when an add-one rule did not settle within its work bound.</summary>
    public static IResult Settled(Func<IResult> answer)
    {
        try
        {
            return answer();
        }
        catch (AllocationTooCostlyException tooCostly)
        {
            return Rejection.Conflict("rule-did-not-settle",
                $"{tooCostly.Message}; ask for a rule without add-one, such as mes_cost_greedy or greedy_score").ToProblem();
        }
    }
}
