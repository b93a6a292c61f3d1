using System.Diagnostics;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Proposals;
using Budgeting.Projections;
using JasperFx;
using JasperFx.Events;
using Marten;
using Weasel.Core;

namespace Loadgen;

/// <summary>
/// The state of one long proposal stream as of random instants within it. Uses GET /api/proposals/{id}?asOf= when
/// the engine answers it with an older version; otherwise Marten's AggregateStreamAsync(id, timestamp:) in-process.
/// </summary>
public static class TimeTravel
{
    public static async Task<int> Run(Options o)
    {
        var id = Guid.Parse(o.Get("stream"));
        var samples = o.Int("samples", 500);
        using var store = Store(o.Get("connection"), o.Get("schema", "budgeting"));
        await using var session = store.QuerySession();
        var events = await session.Events.FetchStreamAsync(id);
        var (first, last) = (events[0].Timestamp, events[^1].Timestamp);
        var api = new Api(o.Get("url"), 1);
        var viaEndpoint = await EndpointAnswers(api, id, first + (last - first) / 2, events.Count);
        var recorder = new Recorder();
        var random = new Random(7);
        for (var i = 0; i < samples; i++)
        {
            var at = first + TimeSpan.FromTicks((long)(random.NextDouble() * (last - first).Ticks));
            var watch = Stopwatch.StartNew();
            if (viaEndpoint) recorder.Record((await api.Send(Get(id, at))).Milliseconds, "200");
            else
            {
                var state = await session.Events.AggregateStreamAsync<Proposal>(id, timestamp: at.UtcDateTime);
                recorder.Record(watch.Elapsed.TotalMilliseconds, state is null ? "null" : "200");
            }
        }
        Console.WriteLine(recorder.Summary(viaEndpoint ? "timetravel-endpoint" : "timetravel-marten", 1) + $" streamEvents={events.Count}");
        return 0;
    }

    private static async Task<bool> EndpointAnswers(Api api, Guid id, DateTimeOffset middle, int version)
    {
        var answer = await api.Send(Get(id, middle));
        return answer.Ok && answer.ETag is { } tag && long.TryParse(tag.Trim('"'), out var v) && v < version;
    }

    private static HttpRequestMessage Get(Guid id, DateTimeOffset at) =>
        Api.Request(HttpMethod.Get, $"/api/proposals/{id}?asOf={Uri.EscapeDataString(at.UtcDateTime.ToString("O"))}", null, null);

    private static DocumentStore Store(string connection, string schema) => DocumentStore.For(opts =>
    {
        opts.Connection(connection);
        opts.DatabaseSchemaName = schema;
        opts.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase, Json.Configure);
        opts.Events.StreamIdentity = StreamIdentity.AsGuid;
        opts.Events.MetadataConfig.CausationIdEnabled = true;
        opts.Events.MetadataConfig.CorrelationIdEnabled = true;
        opts.Events.MetadataConfig.HeadersEnabled = true;
        opts.AutoCreateSchemaObjects = AutoCreate.None;
        opts.ConfigureReadModels();
    });
}
