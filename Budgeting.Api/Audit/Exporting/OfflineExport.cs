using System.IO.Compression;
using Budgeting.Api.Audit.Verifying;

namespace Budgeting.Api.Audit.Exporting;

/// <summary>Verifies an export without a database: a zip from `audit export`, its unpacked folder, or events.jsonl itself.</summary>
public static class OfflineExport
{
    public static async Task<Verdict> Verify(string path, CancellationToken token = default)
    {
        if (Directory.Exists(path)) return await VerifyJsonl(Path.Combine(path, EventLines.FileName), token);
        if (!IsZip(path)) return await VerifyJsonl(path, token);
        await using var zip = await ZipFile.OpenReadAsync(path, token);
        var entry = zip.GetEntry(EventLines.FileName)
            ?? throw new InvalidDataException($"{path} holds no {EventLines.FileName}");
        await using var stream = await entry.OpenAsync(token);
        using var text = new StreamReader(stream, EventLines.Utf8);
        return await ChainVerifier.Verify(EventLines.Read(text, token), token);
    }

    private static async Task<Verdict> VerifyJsonl(string path, CancellationToken token)
    {
        using var text = new StreamReader(path, EventLines.Utf8);
        return await ChainVerifier.Verify(EventLines.Read(text, token), token);
    }

    private static bool IsZip(string path)
    {
        using var file = File.OpenRead(path);
        Span<byte> magic = stackalloc byte[4];
        return file.Read(magic) == 4 && magic is [0x50, 0x4B, 0x03, 0x04];
    }
}
