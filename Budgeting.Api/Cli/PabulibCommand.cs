using JasperFx.CommandLine;

namespace Budgeting.Api.Cli;

public class PabulibInput : NetCoreInput
{
    [Description("allocate <file.pb> --rule <name> | compare <file.pb> | import <file.pb> | export <cycle-id> <file.pb>")]
    public string Action { get; set; } = "";

    [Description("The .pb file to read (allocate, compare, import), or the cycle to export")]
    public string Source { get; set; } = "";

    [Description("The .pb file to write (export)")]
    public string Target { get; set; } = "";

    [Description("Rule: official (the file's own, with its META parameters) or a name: greedy_cost, greedy_threshold, equalshares_add1, …")]
    public string RuleFlag { get; set; } = "mes_cost_add1_greedy";

    [Description("The minimum score of greedy_threshold or greedy_no_skip (default: the file's min_project_score_threshold)")]
    public string MinimumScoreFlag { get; set; } = "";

    [Description("Who imports (pseudonymous id, recorded as an administrator)")]
    public string ActorFlag { get; set; } = "cli";

    [Description("Run the rule this many times and report the fastest (benchmarks: the first run includes JIT compilation)")]
    public int RepeatFlag { get; set; } = 1;
}

[Description("Pabulib .pb files: allocate one with a rule (no database needed), import one as an election, export an election or cycle", Name = "pabulib")]
public class PabulibCommand : JasperFxAsyncCommand<PabulibInput>
{
    public PabulibCommand()
    {
        Usage("Allocate a .pb file with a rule, compare every rule with its official winners, or import it").Arguments(x => x.Action, x => x.Source);
        Usage("Export an imported election or a cycle as a .pb file").Arguments(x => x.Action, x => x.Source, x => x.Target);
    }

    public override async Task<bool> Execute(PabulibInput input) => input.Action.ToLowerInvariant() switch
    {
        "allocate" => OnFile(input.Source,
            file => PabulibRules.OnConsole.Allocate(file, input.RuleFlag, input.MinimumScoreFlag, Math.Max(1, input.RepeatFlag))),
        "compare" => OnFile(input.Source, PabulibRules.OnConsole.Compare),
        "import" => await Import(input),
        "export" => await Export(input),
        _ => Unknown(input.Action),
    };

    private static async Task<bool> Import(PabulibInput input)
    {
        if (Locate(input.Source) is not { } file) return PabulibDatabase.Fail($"pabulib: no file at {Path.GetFullPath(input.Source)}");
        using var host = input.BuildHost();
        return await PabulibDatabase.Import(host, file, input.ActorFlag);
    }

    private static async Task<bool> Export(PabulibInput input)
    {
        if (!Guid.TryParse(input.Source, out var id)) return PabulibDatabase.Fail("pabulib export <election-or-cycle-id> <file.pb>: give an id");
        if (input.Target == "") return PabulibDatabase.Fail("pabulib export: give the .pb file to write");
        using var host = input.BuildHost();
        return await PabulibDatabase.Export(host, id, Beside(input.Target));
    }

    private static bool OnFile(string path, Func<string, bool> act) =>
        Locate(path) is { } file ? act(file) : PabulibDatabase.Fail($"pabulib: no file at {Path.GetFullPath(path)}");

    private static string Beside(string path) =>
        Path.IsPathRooted(path) || Environment.GetEnvironmentVariable("PWD") is not { } shell ? path : Path.Combine(shell, path);

    /// <summary>`dotnet run --project` runs in the project's folder: a relative path is also tried from the caller's shell folder.</summary>
    private static string? Locate(string path)
    {
        if (File.Exists(path)) return path;
        var shellFolder = Environment.GetEnvironmentVariable("PWD");
        var fromShell = shellFolder is null || Path.IsPathRooted(path) ? null : Path.Combine(shellFolder, path);
        return fromShell is not null && File.Exists(fromShell) ? fromShell : null;
    }

    private static bool Unknown(string action)
    {
        Console.Error.WriteLine($"pabulib: unknown action '{action}'; use allocate, compare, import or export");
        return false;
    }
}
