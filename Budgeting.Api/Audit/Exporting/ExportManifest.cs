using Budgeting.Api.Audit.Verifying;

namespace Budgeting.Api.Audit.Exporting;

/// <summary>manifest.json: what the export holds and the chain's state when it was taken.</summary>
public sealed record ExportManifest(
    string Format, string ExportedAt, string Schema, IReadOnlyList<string> Files, string HashDefinition, Verdict Chain)
{
    public const string FileName = "manifest.json";
    public const string CurrentFormat = "budgeting-audit-export/1";

    public const string Definition =
        "hash = sha256(prevHash || utf8(row)); prevHash = hash of the same stream's previous version, " +
        "64 zeros for version 1; row = the line's \"row\" exactly as written; digest = fold of sha256(digest || hash) " +
        "over the links in sequence order, starting from 64 zeros";
}
