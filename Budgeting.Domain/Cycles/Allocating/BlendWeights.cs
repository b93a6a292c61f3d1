using Budgeting.Domain.Rules;

namespace Budgeting.Domain.Cycles.Allocating;

/// <summary>
/// The blend rule's weights, exact fractions that sum to one, kept as their exact text ("9/20", "0.45", "1/3"):
/// the committee's ranking, the citizens' vote and, optionally, a citizens' assembly or survey count that officers
/// record per proposal. Seoul weighted 45/45/10 in 2015 and committee 40 / online vote 50 / budget school 10 in 2018.
/// </summary>
public sealed record BlendWeights(string Committee, string Vote, string Survey)
{
    /// <summary>Half committee, half citizens' vote, as Seoul in 2014 and this engine before weights were a setting.</summary>
    public static readonly BlendWeights Default = new("0.5", "0.5", "0");

    public Rational CommitteeShare => Rational.Parse(Committee);
    public Rational VoteShare => Rational.Parse(Vote);
    public Rational SurveyShare => Rational.Parse(Survey);
}
