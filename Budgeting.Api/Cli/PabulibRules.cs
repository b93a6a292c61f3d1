using System.Diagnostics;
using System.Text.Json;
using Budgeting.Domain.Rules;
using Budgeting.Domain.Pabulib;

namespace Budgeting.Api.Cli;

/// <summary>
/// `pabulib allocate` and `pabulib compare`: rules on a .pb file, no database. A file that cannot be read, a rule
/// that does not suit it or one that does not settle is one line on stderr and a failed exit, never a stack trace.
/// </summary>
internal sealed class PabulibRules(TextWriter output, TextWriter errors)
{
    public const string Official = "official";

    public static readonly PabulibRules OnConsole = new(Console.Out, Console.Error);

    public bool Allocate(string file, string ruleName, string minimumScore, int repeat)
    {
        if (ruleName != Official && !AllocationRules.IsKnown(ruleName))
            return Fail($"--rule must be {Official} or one of {string.Join(", ", AllocationRules.Names)}");
        if (Load(file) is not { } pb) return false;
        string? problem = null;
        var official = ruleName == Official ? OfficialRule.Of(pb, out problem) : null;
        if (ruleName == Official && official is null) return Fail($"{Path.GetFileName(file)}: {problem}");
        var rule = official?.Rule ?? ruleName;
        var parameters = official?.Parameters ?? OfficialRule.ParametersFor(pb, rule, out problem);
        if (minimumScore != "")
        {
            if (!long.TryParse(minimumScore, out var minimum)) return Fail("--minimum-score must be a whole number");
            parameters = new RuleParameters(minimum);
            problem = AllocationRules.ParameterProblem(rule, parameters);
        }
        if (problem is not null) return Fail(problem);
        var election = pb.ToElection();
        var (outcome, seconds, cpu) = (default(AllocationOutcome)!, double.MaxValue, double.MaxValue);
        try
        {
            for (var run = 0; run < repeat; run++)
            {
                var (clock, cpuBefore) = (Stopwatch.StartNew(), CpuSeconds());
                outcome = AllocationRules.ByName(rule, parameters).Allocate(election);
                (seconds, cpu) = (Math.Min(seconds, clock.Elapsed.TotalSeconds), Math.Min(cpu, CpuSeconds() - cpuBefore));
            }
        }
        catch (AllocationTooCostlyException tooCostly)
        {
            return Fail($"{tooCostly.Message}; choose a rule without add-one, such as mes_cost_greedy or greedy_score");
        }
        output.WriteLine(JsonSerializer.Serialize(new
        {
            rule, official = official?.MetaValue, minimumScore = parameters.MinimumScore, selected = outcome.Selected,
            totalCost = outcome.TotalCost.ToString(), seconds = Math.Round(seconds, 4), cpuSeconds = Math.Round(cpu, 4),
        }, Quiet));
        return true;
    }

    /// <summary>The process's processor time: on a machine shared with other work it varies far less than wall time.</summary>
    private static double CpuSeconds() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;

    /// <summary>Every rule on the file, each line saying whether it funds exactly the official winners.</summary>
    public bool Compare(string file)
    {
        if (Load(file) is not { } pb) return false;
        if (pb.Selected is not { } winners) return Fail($"{Path.GetFileName(file)} has no selected column: nothing to compare with");
        var official = OfficialRule.Of(pb, out var why);
        var election = pb.ToElection();
        output.WriteLine($"{Path.GetFileName(file)}: rule {pb.MetaValue("rule") ?? "(none)"}; " +
                          $"official rule {official?.Rule ?? "none: " + why}; {winners.Count} official winners");
        var reproducing = new List<string>();
        foreach (var rule in AllocationRules.Names)
        {
            var mark = rule == official?.Rule ? "  (the file's rule)" : "";
            var parameters = OfficialRule.ParametersFor(pb, rule, out var problem);
            if (problem is not null)
            {
                output.WriteLine($"{rule,-28} not run: {problem}");
                continue;
            }
            try
            {
                var selected = AllocationRules.ByName(rule, parameters).Allocate(election).Selected;
                if (selected.SequenceEqual(winners)) reproducing.Add(rule);
                output.WriteLine($"{rule,-28} {Difference(selected, winners)}{mark}");
            }
            catch (AllocationTooCostlyException tooCostly)
            {
                output.WriteLine($"{rule,-28} did not settle: {tooCostly.Message}{mark}");
            }
        }
        output.WriteLine(JsonSerializer.Serialize(new
        {
            file = Path.GetFileName(file), metaRule = pb.MetaValue("rule"), official = official?.Rule, officialProblem = why,
            officialReproduces = official is not null && reproducing.Contains(official.Rule), reproducing,
        }, Quiet));
        return true;
    }

    private static string Difference(IReadOnlyList<string> selected, IReadOnlyList<string> winners)
    {
        var (extra, missing) = (selected.Except(winners).ToList(), winners.Except(selected).ToList());
        if (extra.Count + missing.Count == 0) return "reproduces the official winners";
        return "differs:" + (extra.Count > 0 ? " also funds " + string.Join(", ", extra) + ";" : "") +
               (missing.Count > 0 ? " leaves out " + string.Join(", ", missing) : "");
    }

    private PbFile? Load(string file)
    {
        try
        {
            var clock = Stopwatch.StartNew();
            var pb = PbFile.Load(file);
            errors.WriteLine($"pabulib: parsed {Path.GetFileName(file)} in {clock.Elapsed.TotalSeconds:0.000} s");
            return pb;
        }
        catch (Exception e) when (e is PbFormatException or FormatException or IOException or UnauthorizedAccessException)
        {
            Fail($"{Path.GetFileName(file)}: {e.Message}");
            return null;
        }
    }

    private static readonly JsonSerializerOptions Quiet = new()
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private bool Fail(string message)
    {
        errors.WriteLine($"pabulib: {message}");
        return false;
    }
}
