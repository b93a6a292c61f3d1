using Budgeting.Domain.Common;
using Budgeting.Domain.Proposals;
using JasperFx.Events;
using NodaTime;

namespace Budgeting.Api.Proposals.Notifying;

/// <summary>
/// A change of a proposal. Its proposer's notification is written in the transaction that appends the event
/// (<see cref="ProposerNotifications"/>); the steps its supporters are told of are also published through the outbox in
/// that transaction (<see cref="ProposalEventForwarding"/>), for their inboxes.
/// </summary>
public sealed record ProposalChanged(Guid EventId, Guid ProposalId, long Version, string Change, Actor By, Instant At, string? Reason)
{
    public static ProposalChanged From<T>(IEvent<T> e) where T : IProposalEvent =>
        new(e.Id, e.Data.ProposalId, e.Version, typeof(T).Name, e.Data.By, e.Data.At, e.Data.Reason);

    public static ProposalChanged Of(IEvent e) => e.Data is IProposalEvent data
        ? new(e.Id, data.ProposalId, e.Version, data.GetType().Name, data.By, data.At, data.Reason)
        : throw new ArgumentException($"{e.EventTypeName} is not an event of a proposal", nameof(e));
}
