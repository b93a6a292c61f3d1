using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Budgeting.Api.Commands;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;

namespace Budgeting.Api.Proposals.Suggesting;

/// <summary>
/// What an Idempotency-Key created, stored in the creating transaction. The proposal id is derived from
/// (subject, key), so two concurrent retries start the same stream and the database lets only one through.
/// </summary>
public sealed record IdempotentCreation(string Id, Guid ProposalId, string RequestHash)
{
    public const string Header = "Idempotency-Key";
    public const int MaxKeyLength = 200;

    public static Rejection? Check(string? key) => key is { Length: > MaxKeyLength }
        ? Rejection.Invalid(Header, "max-length", $"{Header} must have at most {MaxKeyLength} characters")
        : null;

    public static string? KeyFrom(HttpContext http) =>
        http.Request.Headers[Header].ToString() is { Length: > 0 } key ? key.Trim() : null;

    public static IdempotentCreation For(string subject, string key, object request) => new(
        $"{subject}\n{key}",
        new Guid(Hash($"proposal\n{subject}\n{key}").AsSpan(0, 16), bigEndian: true),
        Convert.ToHexString(Hash(JsonSerializer.Serialize(request, Json.Options))));

    /// <summary>The answer to a retry: the first creation again, or a refusal when the key comes back with another request.</summary>
    public Outcome Replay(IdempotentCreation retry) => new Outcome.Repeated(ProposalId, 1, retry.RequestHash == RequestHash);

    private static byte[] Hash(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));
}
