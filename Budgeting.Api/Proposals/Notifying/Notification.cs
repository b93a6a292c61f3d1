using System.Security.Cryptography;
using System.Text;
using Budgeting.Projections.Proposals;
using NodaTime;

namespace Budgeting.Api.Proposals.Notifying;

/// <summary>
/// One entry of a citizen's inbox; its id is the event's (for a supporter, derived from the event's and theirs), so a
/// redelivered message cannot add a second one.
/// </summary>
public sealed record Notification(
    Guid Id, string RecipientId, Guid ProposalId, string ProposalTitle, string Change, string Message, long Version, Instant At)
{
    public static Notification For(ProposalChanged change, string proposerId, string title) => new(
        change.EventId, proposerId, change.ProposalId, title, change.Change, NotificationText.For(change), change.Version, change.At);

    public static Notification ForSupporter(ProposalChanged change, ProposalDetails proposal, string supporterId, string message) => new(
        new Guid(SHA256.HashData(Encoding.UTF8.GetBytes($"{change.EventId:D}\n{supporterId}")).AsSpan(0, 16), bigEndian: true),
        supporterId, change.ProposalId, proposal.Title, change.Change, message, change.Version, change.At);
}
