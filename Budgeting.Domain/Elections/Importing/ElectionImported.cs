using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Elections.Importing;

/// <summary>
/// A Pabulib election taken in as it is: exact amounts as strings (never rounded), its own currency, projects with every
/// column the file has. Its ballots follow in <see cref="BallotsImported"/> events.
/// </summary>
public sealed record ElectionImported(
    Guid ElectionId, string FileName, string Sha256, IReadOnlyList<MetaEntry> Meta, string Currency, string Budget,
    string VoteType, IReadOnlyList<ImportedProject> Projects, int Voters, Actor By, Instant At);

public sealed record MetaEntry(string Key, string Value);

/// <summary>Name, category and district as the file has them (absent: null); <see cref="Other"/> keeps the remaining columns in file order.</summary>
public sealed record ImportedProject(
    string Id, string Cost, string? Name, string? Category, string? District, IReadOnlyList<MetaEntry> Other);

/// <summary>
/// A chunk of ballots in file order. Ballot secrecy: a ballot is known by its place in the file (First + index), never
/// by the file's voter_id, and the voters' other columns (age, sex, …) are not kept.
/// </summary>
public sealed record BallotsImported(Guid ElectionId, int First, IReadOnlyList<ImportedBallot> Ballots);

/// <summary>The projects a ballot names (rank order for ordinal ballots) and, when the file gives them, exact points.</summary>
public sealed record ImportedBallot(IReadOnlyList<string> Vote, IReadOnlyList<string>? Points = null);
