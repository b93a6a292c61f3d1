using System.Text.Json;
using Budgeting.Tests.Proposals.Api;
using Budgeting.Tests.Support;
using NodaTime;
using NodaTime.Text;

namespace Budgeting.Tests.Audit.TimeTravel;

/// <summary>
/// Time travel is by the timestamp the store recorded for each event (the engine's wall clock at the append, not the
/// test's fake clock), so these tests read the recorded timestamps back and ask for instants between them.
/// </summary>
public abstract class TimeTravelContext(AppFixture app) : ProposalContext(app)
{
    protected async Task<IReadOnlyList<Instant>> Recorded(Guid stream)
    {
        await using var session = App.Store.QuerySession();
        return (await session.Events.FetchStreamAsync(stream)).Select(e => Instant.FromDateTimeOffset(e.Timestamp)).ToList();
    }

    protected static Instant Between(Instant earlier, Instant later) => earlier + (later - earlier) / 2;

    protected static string Iso(Instant instant) => Uri.EscapeDataString(InstantPattern.ExtendedIso.Format(instant));

    protected static readonly Duration Microsecond = Duration.FromTicks(10);

    protected async Task<JsonElement> NotFound(string url)
    {
        var result = await Host.Scenario(s => { s.Get.Url(url); s.StatusCodeShouldBe(404); });
        return Problem.Of(result);
    }

    protected async Task<string> RawText(string url) =>
        await (await Host.Scenario(s => { s.Get.Url(url); s.StatusCodeShouldBe(200); })).ReadAsTextAsync();
}
