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
/// The first request (the probe, at the stream's middle instant) is reported apart as firstMs: on a fresh engine it
/// pays the code's warm-up and the first fold of the stream. Then --warmup requests (default 300) at other random
/// instants are sent and not recorded, and --samples are measured.
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
        var probe = await api.Send(Get(id, first + (last - first) / 2));
        var viaEndpoint = probe.Ok && probe.ETag is { } tag && long.TryParse(tag.Trim('"'), out var v) && v < events.Count;
        var recorder = new Recorder();
        var random = new Random(7);
        // Warm-up at other random instants, not recorded: the steady state of a running engine, not its first minute.
        var warmup = new Random(11);
        for (var i = 0; i < o.Int("warmup", 300) && viaEndpoint; i++)
            await api.Send(Get(id, first + TimeSpan.FromTicks((long)(warmup.NextDouble() * (last - first).Ticks))));
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
        Console.WriteLine(recorder.Summary(viaEndpoint ? "timetravel-endpoint" : "timetravel-marten", 1) + $" streamEvents={events.Count} firstMs={probe.Milliseconds:F1}");
        return 0;
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
