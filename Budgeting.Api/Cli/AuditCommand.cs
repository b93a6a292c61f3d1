using Budgeting.Api.Audit.Exporting;
using Budgeting.Api.Audit.Replaying;
using Budgeting.Api.Audit.Verifying;
using JasperFx.CommandLine;

namespace Budgeting.Api.Cli;

public class AuditInput : NetCoreInput
{
    [Description("verify | export | replay-allocation")]
    public string Action { get; set; } = "";

    [Description("The export file (export, verify --offline) or the cycle id (replay-allocation [--export <file>])")]
    public string Target { get; set; } = "";

    [Description("Verify an export file without a database")]
    public bool OfflineFlag { get; set; }

    [Description("replay-allocation: read the history from this audit export instead of the database")]
    public string? ExportFlag { get; set; }
}

[Description("The auditor's toolkit: verify the hash chain, export the history, verify an export offline", Name = "audit")]
public class AuditCommand : JasperFxAsyncCommand<AuditInput>
{
    public AuditCommand()
    {
        Usage("Verify the chain in the database").Arguments(x => x.Action);
        Usage("Export to a file, verify an export (--offline), or replay an allocation").Arguments(x => x.Action, x => x.Target);
    }

    public override async Task<bool> Execute(AuditInput input)
    {
        var exit = input.Action switch
        {
            "verify" when input.OfflineFlag => await VerifyOffline(input.Target),
            "verify" => await VerifyDatabase(input),
            "export" => await Export(input),
            "replay-allocation" => await ReplayAllocation(input),
            _ => Fail($"audit: unknown action '{input.Action}'; use verify, export or replay-allocation", 2),
        };
        if (exit > 1) Environment.Exit(exit);
        return exit == 0;
    }

    private static async Task<int> VerifyOffline(string path)
    {
        if (!File.Exists(path) && !Directory.Exists(path)) return Fail($"audit: no export at '{path}'");
        return Report(await OfflineExport.Verify(path));
    }

    private static async Task<int> VerifyDatabase(AuditInput input)
    {
        using var host = input.BuildHost();
        return Report(await host.Services.GetRequiredService<DatabaseVerification>().Run(CancellationToken.None));
    }

    private static async Task<int> Export(AuditInput input)
    {
        if (input.Target == "") return Fail("audit export: give the file to write, e.g. audit export history.zip");
        using var host = input.BuildHost();
        await using var file = File.Create(input.Target);
        var verdict = await host.Services.GetRequiredService<AuditExport>().Write(file, CancellationToken.None);
        Console.WriteLine($"exported to {Path.GetFullPath(input.Target)}; {verdict.Describe()}");
        return 0;
    }

    private static async Task<int> ReplayAllocation(AuditInput input)
    {
        if (!Guid.TryParse(input.Target, out var cycleId)) return Fail("audit replay-allocation: give the cycle id", 2);
        IReadOnlyList<ReplayEvent> history;
        if (input.ExportFlag is { } export)
        {
            if (!File.Exists(export) && !Directory.Exists(export)) return Fail($"audit: no export at '{export}'", 2);
            history = await ReplaySources.FromExport(export, CancellationToken.None);
        }
        else
        {
            using var host = input.BuildHost();
            await using var session = host.Services.GetRequiredService<Marten.IDocumentStore>().QuerySession();
            history = await ReplaySources.FromDatabase(session, CancellationToken.None);
        }
        var outcome = AllocationReplayer.Replay(cycleId, history);
        Console.WriteLine(AllocationReplayer.Describe(cycleId, outcome));
        return outcome switch { null => 2, { Matches: true } => 0, _ => 1 };
    }

    private static int Report(Verdict verdict)
    {
        Console.WriteLine(verdict.Describe());
        return verdict.Intact ? 0 : 1;
    }

    private static int Fail(string message, int code = 1)
    {
        Console.Error.WriteLine(message);
        return code;
    }
}
