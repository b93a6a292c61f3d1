using System.Text.Json;
using System.Text.Json.Nodes;
using Budgeting.Api.Infrastructure;
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

    /// <summary>
    /// Asks a 250-version stream's past states out of order, so answers come from checkpoints made by earlier requests
    /// and from whole folds alike; each must be Marten's whole fold of <typeparamref name="T"/> to that version.
    /// </summary>
    protected async Task AnswersEveryVersionAsWholeFold<T>(string url, Guid stream) where T : class
    {
        foreach (var v in new[] { 250, 101, 100, 199, 200, 1, 99, 150, 250 })
        {
            var answered = await GetJson($"{url}?version={v}");
            await using var session = App.Store.QuerySession();
            var whole = await session.Events.AggregateStreamAsync<T>(stream, version: v);
            Assert.Equal(v, answered.GetProperty("version").GetInt64());
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(JsonSerializer.Serialize(whole, Json.Options)), JsonNode.Parse(answered.GetRawText())),
                $"version {v} differs from the whole fold");
        }
    }

    protected async Task<string> RawText(string url) =>
        await (await Host.Scenario(s => { s.Get.Url(url); s.StatusCodeShouldBe(200); })).ReadAsTextAsync();
}
