using System.Globalization;
using Budgeting.Domain.Rules;
using Budgeting.Domain.Rules.Explaining;

namespace Budgeting.Api.Cycles.Explaining;

/// <summary>An explanation as the API gives it: exact figures as strings, a rounded display value beside the main ones.</summary>
public static class ExplanationView
{
    public static Dictionary<string, object?> Of(Explanation e, string idName, IDictionary<string, object?>? head = null)
    {
        var view = new Dictionary<string, object?>(head ?? new Dictionary<string, object?>()) { ["rule"] = e.Rule };
        view["budget"] = e.Budget.ToString();
        view["selected"] = e.Selected;
        view["selectionOrder"] = e.SelectionOrder;
        view["projects"] = e.Projects.Select(p => Project(p, idName)).ToList();
        view["rounds"] = e.Rounds.Select(r => Round(r, idName)).ToList();
        view["addOne"] = e.AddOne is { } a
            ? new { firstBudgetPerVoter = a.FirstBudgetPerVoter.ToString(), budgetPerVoter = a.BudgetPerVoter.ToString(), raises = a.Raises }
            : null;
        view["comparison"] = e.Comparison;
        return view;
    }

    private static Dictionary<string, object?> Project(ExplainedProject p, string idName) => new()
    {
        [idName] = p.ProjectId, ["funded"] = p.Funded, ["verdict"] = Verdict(p.Verdict), ["reason"] = p.Reason,
        ["reasonCode"] = Code(p.ReasonCode), ["byComparison"] = p.ByComparison, ["stage"] = p.Stage, ["scoreName"] = p.ScoreName,
        ["cost"] = p.Cost.ToString(), ["round"] = p.Round, ["score"] = Exact(p.Score), ["remaining"] = Exact(p.Remaining),
        ["rho"] = Exact(p.Rho), ["rhoDisplay"] = Display(p.Rho), ["effectiveSupport"] = Exact(p.EffectiveSupport),
        ["effectiveSupportDisplay"] = Display(p.EffectiveSupport), ["payers"] = p.Payers, ["mostPaid"] = Exact(p.MostPaid),
        ["payments"] = p.Payments?.Select(s => new { each = s.Each.ToString(), eachDisplay = Display(s.Each), voters = s.Voters }),
        ["supportersMoney"] = Exact(p.SupportersMoney), ["supportersMoneyDisplay"] = Display(p.SupportersMoney),
        ["unaffordableFromRound"] = p.UnaffordableFromRound, ["minimum"] = Exact(p.Minimum), ["votes"] = Exact(p.Votes),
        ["stoppedAt"] = p.StoppedAt,
        ["takenBy"] = p.TakenBy?.Select(t => new Dictionary<string, object?> { [idName] = t.ProjectId, ["amount"] = t.Amount.ToString() }),
    };

    private static object Round(ExplainedRound r, string idName) => new
    {
        number = r.Number, stage = r.Stage, leftBefore = r.LeftBefore.ToString(), leftAfter = r.LeftAfter.ToString(),
        picked = r.Picked,
        entries = r.Entries.Select(e => new Dictionary<string, object?>
        {
            [idName] = e.ProjectId, ["cost"] = e.Cost.ToString(), ["verdict"] = Verdict(e.Verdict), ["score"] = Exact(e.Score),
            ["remaining"] = Exact(e.Remaining), ["rho"] = Exact(e.Rho), ["rhoDisplay"] = Display(e.Rho),
            ["effectiveSupport"] = Exact(e.EffectiveSupport), ["supportersMoney"] = Exact(e.SupportersMoney),
        }).ToList(),
    };

    public static string Verdict(Verdict verdict) => JsonNamingPolicyLower(verdict.ToString());

    public static string Code(ReasonCode code) => JsonNamingPolicyLower(code.ToString());

    private static string JsonNamingPolicyLower(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static string? Exact(Rational? value) => value?.ToString();

    public static string? Display(Rational? value) =>
        value?.ToDouble().ToString("0.##", CultureInfo.InvariantCulture);
}
