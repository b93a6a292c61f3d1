using Budgeting.Domain.Common;
using Budgeting.Domain.Elections.Importing;
using Budgeting.Domain.Pabulib;
using Budgeting.Tests.Pabulib;
using NodaTime;

namespace Budgeting.Tests.Elections;

/// <summary>Every shared file through the import's events and back out as .pb: the same election, the same outcomes.</summary>
public class SharedFilesRoundTripTests
{
    private const int AllRulesUpTo = 3_000;

    public static TheoryData<string> Files()
    {
        var files = new TheoryData<string>();
        if (PabulibFolder.Path is null) return files;
        foreach (var path in Directory.GetFiles(Path.Combine(PabulibFolder.Path, "data"), "*.pb").Order(StringComparer.Ordinal))
            files.Add(Path.GetFileName(path));
        return files;
    }

    [PabulibTheory]
    [MemberData(nameof(Files))]
    public void Import_then_export_gives_back_the_same_election(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(PabulibFolder.Path!, "data", file));
        var events = ImportElection.Decide(new ImportElection(file, bytes), new Actor("admin-1", Role.Admin), Instant.FromUtc(2026, 1, 1, 0, 0)).Events;
        var imported = (ElectionImported)events[0];
        var ballots = events.OfType<BallotsImported>().SelectMany(b => b.Ballots).Select(ImportedElections.ToBallot);

        var exported = PbFileWriter.Write(ImportedElections.ToPbFile(imported.Meta, imported.Projects, ballots));

        var (original, again) = (PbFile.Parse(System.Text.Encoding.UTF8.GetString(bytes)).ToElection(), PbFile.Parse(exported).ToElection());
        ElectionFixtures.AssertIdentical(original, again);
        if (original.Ballots.Count <= AllRulesUpTo) ElectionFixtures.AssertSameOutcomes(original, again);
    }
}
