using Budgeting.Domain.Elections.Importing;
using NodaTime;

namespace Budgeting.Projections.Elections;

/// <summary>
/// An imported election as the public reads it: a cycle marked as imported, in the file's currency, with exact amounts
/// as strings. Its ballots stay in the stream.
/// </summary>
public sealed record ElectionView
{
    public Guid Id { get; init; }
    public bool Imported { get; init; } = true;
    public string Name { get; init; } = "";
    public string FileName { get; init; } = "";
    public string Sha256 { get; init; } = "";
    public string Currency { get; init; } = "";
    public string Budget { get; init; } = "";
    public string VoteType { get; init; } = "";
    public int Voters { get; init; }
    public List<ImportedProject> Projects { get; init; } = [];
    public List<MetaEntry> Meta { get; init; } = [];
    public string ImportedBy { get; init; } = "";
    public Instant ImportedAt { get; init; }
}
