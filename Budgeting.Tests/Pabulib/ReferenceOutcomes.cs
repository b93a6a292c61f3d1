using System.Collections.Concurrent;
using System.Text.Json;
using Budgeting.Domain.Rules;
using Budgeting.Domain.Pabulib;

namespace Budgeting.Tests.Pabulib;

/// <summary>The outcomes pabutools computed (expected/&lt;file&gt;.json), and the parsed instances, read once.</summary>
public static class ReferenceOutcomes
{
    private static readonly ConcurrentDictionary<string, Lazy<Election>> Elections = new();

    public sealed record Expected(IReadOnlyList<string> Selected, string TotalCost);

    public static IEnumerable<(string File, string Rule, Expected Outcome)> All()
    {
        if (PabulibFolder.Path is not { } folder) yield break;
        foreach (var path in Directory.GetFiles(Path.Combine(folder, "expected"), "*.pb.json").Order(StringComparer.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            foreach (var rule in json.RootElement.GetProperty("rules").EnumerateObject())
            {
                if (!rule.Value.TryGetProperty("selected", out var selected)) continue;
                yield return (Path.GetFileName(path)[..^".json".Length], rule.Name, new Expected(
                    selected.EnumerateArray().Select(s => s.GetString()!).ToList(),
                    rule.Value.GetProperty("total_cost").GetString()!));
            }
        }
    }

    public static Expected For(string file, string rule) => All().Single(c => c.File == file && c.Rule == rule).Outcome;

    public static Election Election(string file) => Elections.GetOrAdd(file,
        f => new Lazy<Election>(() => PbFile.Load(Path.Combine(PabulibFolder.Path!, "data", f)).ToElection())).Value;
}
