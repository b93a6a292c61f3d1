using System.Security.Cryptography;
using System.Text;

namespace Budgeting.Api.Proposals;

/// <summary>
/// The stream ids of one citizen's support of a proposal and of their forum participation: HMAC-SHA256(key, kind,
/// proposal id, subject) cut to a GUID. The same citizen always lands on the same stream (so a second support or a
/// second joining collides instead of counting twice), and without the key nobody can tell whose stream it is.
/// </summary>
public static class ParticipationKeys
{
    public const string KeySetting = "Participation:Key";
    public const string DevelopmentKey = "budgeting-development-participation-key-not-for-production-0001";

    public static Guid SupportId(IConfiguration configuration, Guid proposalId, string subject) =>
        Derive(configuration, "support", proposalId, subject);

    public static Guid ParticipantId(IConfiguration configuration, Guid proposalId, string subject) =>
        Derive(configuration, "forum", proposalId, subject);

    private static Guid Derive(IConfiguration configuration, string kind, Guid proposalId, string subject) =>
        new(HMACSHA256.HashData(Encoding.UTF8.GetBytes(configuration[KeySetting] ?? DevelopmentKey),
            Encoding.UTF8.GetBytes($"{kind}\n{proposalId:D}\n{subject}")).AsSpan(0, 16), bigEndian: true);
}
