using Budgeting.Api.Cycles.Explaining;
using Budgeting.Api.Web.UI;
using Budgeting.Domain.Rules;
using Budgeting.Domain.Rules.Explaining;
using Microsoft.Extensions.Localization;

namespace Budgeting.Api.Web.Cycles.Allocating;

/// <summary>
/// A project's reason in the reader's language: the explanation's code and figures (the same the API gives beside its
/// English <c>reason</c>) written from the pages' texts; money as won, rounded to the won with "≈" when not whole.
/// </summary>
public static class Reasons
{
    public static string Of(IStringLocalizer t, ExplainedProject p, Explanation e, Func<string, string> title)
    {
        var sentence = Sentence(t, p, e, title);
        return p.ByComparison && e.Comparison is { } c
            ? t["reason.byComparison", Count(c.PreferGreedy), Count(c.PreferEqualShares), sentence]
            : sentence;
    }

    public static string Money(IStringLocalizer t, Rational amount) =>
        amount.IsInteger ? t.Won((long)amount.Numerator) : "≈" + t.Won((long)Math.Round(amount.ToDouble(), MidpointRounding.AwayFromZero));

    public static string Number(Rational value) => ReasonText.Number(value);

    public static string Stage(IStringLocalizer t, string? stage) => Named(t, "allocation.stage.", stage);

    private static string Sentence(IStringLocalizer t, ExplainedProject p, Explanation e, Func<string, string> title)
    {
        var cost = Money(t, p.Cost);
        return p.ReasonCode switch
        {
            ReasonCode.WalkFunded or ReasonCode.WalkSkipped or ReasonCode.WalkStopped =>
                t["reason." + ExplanationView.Code(p.ReasonCode), Stage(t, p.Stage), cost, Money(t, p.Remaining!.Value), Score(t, p)],
            ReasonCode.WalkNotReached => NotReached(t, e.Projects.First(s => s.ProjectId == p.StoppedAt), cost, title),
            ReasonCode.NoVotes => t["reason.noVotes", Number(p.Score!.Value), cost],
            ReasonCode.BelowMinimum => t["reason.belowMinimum", Number(p.Score!.Value), Number(p.Minimum!.Value), cost],
            ReasonCode.SharesFunded => t["reason.sharesFunded", p.Round!, Money(t, p.Rho!.Value), Count(p.Payers!.Value), cost,
                Money(t, p.MostPaid!.Value), p.EffectiveSupport is { } s ? t["reason.effective", Number(s)] : ""],
            ReasonCode.SharesCannotFund => t["reason.sharesCannotFund", Number(p.Votes!.Value), cost],
            ReasonCode.SharesUnaffordable => t["reason.sharesUnaffordable", p.UnaffordableFromRound!,
                Money(t, p.SupportersMoney!.Value), cost, Takers(t, p.TakenBy ?? [], title)],
            _ => t["reason." + ExplanationView.Code(p.ReasonCode), cost],
        };
    }

    private static string NotReached(IStringLocalizer t, ExplainedProject stop, string cost, Func<string, string> title) =>
        t["reason.walkNotReached", title(stop.ProjectId), Money(t, stop.Cost), Money(t, stop.Remaining!.Value), cost];

    private static string Takers(IStringLocalizer t, IReadOnlyList<MoneyTaken> takenBy, Func<string, string> title) =>
        takenBy.Count == 0 ? "" : t["reason.takenBy",
            string.Join(", ", takenBy.Take(ReasonText.TakersNamed).Select(m => t["reason.taker", title(m.ProjectId), Money(t, m.Amount)].Value))
            + (takenBy.Count > ReasonText.TakersNamed ? t["reason.more"] : "")];

    private static string Score(IStringLocalizer t, ExplainedProject p) =>
        p.Score is { } s ? t["reason.score", Named(t, "allocation.scoreName.", p.ScoreName), Number(s)] : "";

    private static string Count(long n) => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    private static string Named(IStringLocalizer t, string prefix, string? code) =>
        code is null ? "" : t[prefix + code.Replace(' ', '-')] is { ResourceNotFound: false } text ? text : code;
}
