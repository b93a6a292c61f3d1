using System.Security.Cryptography;
using System.Text;
using Budgeting.Domain.Common;
using Budgeting.Domain.Pabulib;
using NodaTime;

namespace Budgeting.Domain.Elections.Importing;

/// <summary>An administrator imports a Pabulib .pb file as an election of its own (its bytes, as uploaded).</summary>
public sealed record ImportElection(string? FileName, byte[] Content)
{
    public const int MaxBytes = 16 * 1024 * 1024;
    public const int BallotsPerEvent = 2_000;

    public string Sha256 { get; } = Convert.ToHexStringLower(SHA256.HashData(Content));

    /// <summary>The same file always gets the same id: importing it twice is refused, not duplicated.</summary>
    public Guid ElectionId => ElectionIds.FromSha256(Sha256);

    public static Decision Decide(ImportElection command, Actor by, Instant now)
    {
        if (!by.Is(Role.Admin)) return Rejection.Forbidden("admin-only", "only an administrator imports elections");
        if (Validation.Text("fileName", command.FileName, 1, 200) is { } badName) return badName;
        if (command.Content.Length > MaxBytes)
            return Rejection.Invalid("content", "size", $"a .pb file may have at most {MaxBytes} bytes");
        var (file, problem) = Read(command.Content);
        if (problem is not null) return problem;
        var id = command.ElectionId;
        var imported = ImportedElections.Describe(id, command.FileName!.Trim(), command.Sha256, file!, by, now);
        return Decision.Accept([imported, .. ImportedElections.Ballots(id, file!, BallotsPerEvent)]);
    }

    private static (PbFile?, Rejection?) Read(byte[] content)
    {
        try
        {
            return (PbFile.Parse(new UTF8Encoding(false, true).GetString(content)), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, Rejection.Invalid("content", "utf-8", "a .pb file is UTF-8 text"));
        }
        catch (PbFormatException e)
        {
            return (null, Rejection.Invalid("content", "pb-format", e.Message).With(("line", e.Line), ("section", e.Section)));
        }
    }
}
