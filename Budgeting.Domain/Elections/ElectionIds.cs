namespace Budgeting.Domain.Elections;

public static class ElectionIds
{
    /// <summary>A version-8 UUID made of the first bytes of a file's SHA-256.</summary>
    public static Guid FromSha256(string sha256Hex)
    {
        var bytes = Convert.FromHexString(sha256Hex.AsSpan(0, 32));
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
