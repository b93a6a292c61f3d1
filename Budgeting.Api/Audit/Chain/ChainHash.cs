using System.Security.Cryptography;
using System.Text;

namespace Budgeting.Api.Audit.Chain;

/// <summary>The link hash as the database computes it: SHA-256 over the previous hash and the canonical row text.</summary>
public static class ChainHash
{
    public static readonly string Genesis = Convert.ToHexStringLower(new byte[32]);

    public static string Of(string previousHash, string canonicalRow)
    {
        var previous = Convert.FromHexString(previousHash);
        var row = Encoding.UTF8.GetBytes(canonicalRow);
        return Convert.ToHexStringLower(SHA256.HashData([.. previous, .. row]));
    }

    public static string Roll(string digest, string hash) =>
        Convert.ToHexStringLower(SHA256.HashData([.. Convert.FromHexString(digest), .. Convert.FromHexString(hash)]));
}
