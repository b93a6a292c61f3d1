using System.Text.Json;
using Budgeting.Api.Elections.Exporting;
using Budgeting.Api.Elections.Importing;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using Budgeting.Domain.Elections.Importing;
using Budgeting.Domain.Pabulib;
using Marten;
using NodaTime;

namespace Budgeting.Api.Cli;

/// <summary>
/// `pabulib import` and `pabulib export` on the configured database, without serving HTTP: the host is built (not
/// started), the schema and the audit chain are ensured, then the same code as the endpoints runs.
/// </summary>
internal static class PabulibDatabase
{
    public static async Task<bool> Import(IHost host, string path, string actorId)
    {
        await Prepare(host);
        using var scope = host.Services.CreateScope();
        var session = scope.ServiceProvider.GetRequiredService<IDocumentSession>();
        var clock = scope.ServiceProvider.GetRequiredService<IClock>();
        var command = new ImportElection(Path.GetFileName(path), await File.ReadAllBytesAsync(path));
        var outcome = await ElectionImport.Run(session, command, new Actor(actorId, Role.Admin), clock.GetCurrentInstant(), CancellationToken.None);
        if (outcome.Rejection is { } rejection) return Fail($"pabulib import: {rejection.Message}");
        if (outcome.AlreadyImported is { } id) return Fail($"pabulib import: this file was imported already as election {id}");
        Console.WriteLine(JsonSerializer.Serialize(new { id = outcome.Id, version = outcome.Version }, Json.Options));
        return true;
    }

    public static async Task<bool> Export(IHost host, Guid id, string target)
    {
        using var scope = host.Services.CreateScope();
        var session = scope.ServiceProvider.GetRequiredService<IQuerySession>();
        var ballots = scope.ServiceProvider.GetRequiredService<IBallotSource>();
        var file = await ImportedElectionFile.Load(id, session, ballots, CancellationToken.None)
                   ?? await CycleElectionFile.Load(id, session, ballots, CancellationToken.None);
        if (file is null) return Fail($"pabulib export: no election or cycle with id {id}");
        await File.WriteAllTextAsync(target, PbFileWriter.Write(file));
        Console.WriteLine($"exported {file.Projects.Count} projects and {file.Votes.Count} ballots to {Path.GetFullPath(target)}");
        return true;
    }

    private static Task Prepare(IHost host) => Budgeting.Api.Infrastructure.EngineSchema.Apply(host.Services, CancellationToken.None);

    public static bool Fail(string message)
    {
        Console.Error.WriteLine(message);
        return false;
    }
}
