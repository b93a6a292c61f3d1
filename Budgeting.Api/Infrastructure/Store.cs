using Budgeting.Api.Cycles.Counting;
using Budgeting.Api.Proposals.CrossingThresholds;
using Budgeting.Api.Proposals.Notifying;
using Budgeting.Projections;
using JasperFx;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using Marten;
using Weasel.Core;
using Wolverine.Marten;

namespace Budgeting.Api.Infrastructure;

public static class Store
{
    /// <summary>Marten: the event store and read-model documents, schema applied on start unless the operator applies it
    /// (<see cref="EngineSettings.ApplySchemaOnStart"/>).</summary>
    public static IServiceCollection AddEngineStore(this IServiceCollection services, EngineSettings settings)
    {
        services.AddMarten(opts =>
            {
                opts.Connection(settings.ConnectionString);
                opts.DatabaseSchemaName = settings.SchemaName;
                opts.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase, Json.Configure);
                opts.Events.AppendMode = EventAppendMode.Rich;
                opts.Events.StreamIdentity = StreamIdentity.AsGuid;
                opts.Events.MetadataConfig.CausationIdEnabled = true;
                opts.Events.MetadataConfig.CorrelationIdEnabled = true;
                opts.Events.MetadataConfig.HeadersEnabled = true;
                // The counting schema step's index on mt_events (tallies as of an instant, the checkpointer): without
                // this, Marten's schema check drops it as an index it does not know — at every engine start, and at the
                // first append of any process that applies the schema (the bulk `ballots load`).
                opts.Events.IgnoreIndex(CountingSql.BallotEventsIndex);
                opts.AutoCreateSchemaObjects = settings.ApplySchemaOnStart ? AutoCreate.CreateOrUpdate : AutoCreate.None;
                opts.ConfigureReadModels();
                opts.ConfigureInbox();
            })
            .UseLightweightSessions()
            .ApplyAllDatabaseChangesOnStartupWhen(settings.ApplySchemaOnStart)
            // Every projection is inline or live today; should an asynchronous one come, several nodes must not each run
            // it: HotCold runs each on one node (PostgreSQL advisory locks) and another takes it over when that node dies.
            .AddAsyncDaemon(settings.MultiNode ? DaemonMode.HotCold : DaemonMode.Solo)
            .IntegrateWithWolverine(w =>
            {
                w.MessageStorageSchemaName = settings.SchemaName;
                ProposalEventForwarding.ForwardProposalEvents(w);
                ParticipationChanged.Forward(w);
            });
        return services;
    }

    private static MartenServiceCollectionExtensions.MartenConfigurationExpression ApplyAllDatabaseChangesOnStartupWhen(
        this MartenServiceCollectionExtensions.MartenConfigurationExpression marten, bool apply) =>
        apply ? marten.ApplyAllDatabaseChangesOnStartup() : marten;
}
