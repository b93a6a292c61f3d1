using System.Globalization;
using Budgeting.Domain.Common;
using NodaTime;
using NodaTime.Text;

namespace Budgeting.Domain.Cycles.Voting;

/// <summary>The citizen casting a ballot, as their token describes them: subject, district of residence, birth date.</summary>
public sealed record Voter(Actor Actor, string? District, string? BirthDate)
{
    /// <summary>The only actor ballot events record: never the voter.</summary>
    public static readonly Actor Anonymous = new("anonymous-voter", Role.Citizen);

    private static readonly LocalDatePattern Iso = LocalDatePattern.Create("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Residents of the cycle's scope (any Seoul district for a city-wide cycle), old enough on the day in Asia/Seoul.</summary>
    public Rejection? EligibilityFor(BudgetCycle cycle, VotingSettings settings, Instant now) =>
        ResidentOf(cycle.Scope, settings.MinimumAge, now, "vote");

    /// <summary>The same rule for any way a resident takes part in a cycle (<paramref name="what"/>: "vote", "support a proposal").</summary>
    public Rejection? ResidentOf(string scope, int? minimumAge, Instant now, string what)
    {
        if (!Seoul.Districts.ContainsKey(District ?? ""))
            return Rejection.Forbidden("resident-only", $"a verified Seoul district of residence (district claim) is needed to {what}");
        if (scope != Seoul.CityWide && scope != District)
            return Rejection.Forbidden("resident-only", $"only residents of {scope} may {what} in this cycle");
        if (minimumAge is not { } minimum) return null;
        if (BirthDate is null || !Iso.Parse(BirthDate).TryGetValue(default, out var born))
            return Rejection.Forbidden("age-unknown", $"this cycle has a minimum age to {what}; the token carries no valid birthdate claim");
        var today = now.InZone(Seoul.Zone).Date;
        return Period.Between(born, today, PeriodUnits.Years).Years >= minimum
            ? null
            : Rejection.Forbidden("minimum-age", $"in this cycle one must be {minimum} to {what}");
    }
}
