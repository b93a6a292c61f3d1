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
    public Rejection? EligibilityFor(BudgetCycle cycle, VotingSettings settings, Instant now)
    {
        if (!Seoul.Districts.ContainsKey(District ?? ""))
            return Rejection.Forbidden("resident-only", "voting needs a verified Seoul district of residence (district claim)");
        if (cycle.Scope != Seoul.CityWide && cycle.Scope != District)
            return Rejection.Forbidden("resident-only", $"only residents of {cycle.Scope} vote in this cycle");
        if (settings.MinimumAge is not { } minimum) return null;
        if (BirthDate is null || !Iso.Parse(BirthDate).TryGetValue(default, out var born))
            return Rejection.Forbidden("age-unknown", "this cycle has a minimum voting age; the token carries no valid birthdate claim");
        var today = now.InZone(Seoul.Zone).Date;
        return Period.Between(born, today, PeriodUnits.Years).Years >= minimum
            ? null
            : Rejection.Forbidden("minimum-age", $"voting in this cycle starts at age {minimum}");
    }
}
