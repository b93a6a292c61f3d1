using JasperFx;
using JasperFx.CodeGeneration;
using Marten;
using Npgsql;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

// What a team would build without the engine's promises: one event on a new stream per request, in a schema of its own,
// no audit chain, no read models, no notifications. The connection is tuned as the engine's is (no reset on close,
// auto-prepared statements), so the ratio ops/bench prints is the price of the promises, not of the pool.
var builder = WebApplication.CreateBuilder(args);
var connection = new NpgsqlConnectionStringBuilder(
    $"Host=127.0.0.1;Port={builder.Configuration["BUDGETING_PG_PORT"] ?? "55433"};Database={builder.Configuration["BUDGETING_DB"] ?? "budgeting"};Username=postgres")
{
    NoResetOnClose = true,
    MaxPoolSize = 100,
    MaxAutoPrepare = 64,
};

builder.Services.AddMarten(opts =>
    {
        opts.Connection(connection.ConnectionString);
        opts.DatabaseSchemaName = "plain";
        opts.Events.StreamIdentity = JasperFx.Events.StreamIdentity.AsGuid;
        opts.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
    })
    .UseLightweightSessions()
    .ApplyAllDatabaseChangesOnStartup()
    .IntegrateWithWolverine(w => w.MessageStorageSchemaName = "plain");
builder.Host.UseWolverine(opts =>
{
    opts.CodeGeneration.TypeLoadMode = TypeLoadMode.Static;
    opts.Durability.Mode = DurabilityMode.Solo;
    opts.Policies.AutoApplyTransactions();
    opts.Services.AddWolverineHttp();
});

var app = builder.Build();
app.MapGet("/health", () => "ok");
app.MapWolverineEndpoints();
return await app.RunJasperFxCommands(args);
