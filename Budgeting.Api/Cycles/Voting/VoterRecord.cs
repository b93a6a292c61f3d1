using System.Security.Cryptography;
using System.Text;

namespace Budgeting.Api.Cycles.Voting;

/// <summary>
/// Who has voted in a cycle, kept apart from the events: keyed by HMAC-SHA256(voter key, cycle id + subject), holding
/// the ballot id so the voter can replace their ballot. No instant, no subject. Erased once the voting phase is over.
/// </summary>
public sealed record VoterRecord(string Id, Guid CycleId, Guid BallotId)
{
    public const string KeySetting = "Voting:VoterRecordKey";
    public const string DevelopmentKey = "budgeting-development-voter-record-key-not-for-production-0001";

    public static string IdFor(IConfiguration configuration, Guid cycleId, string subject) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(configuration[KeySetting] ?? DevelopmentKey),
            Encoding.UTF8.GetBytes($"{cycleId:D}\n{subject}")));
}
