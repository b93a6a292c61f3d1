using Budgeting.Domain.Common;
using Budgeting.Domain.Proposals;
using JasperFx.Events;
using NodaTime;

namespace Budgeting.Api.Proposals.Notifying;

/// <summary>
/// The message every event of a proposal's stream becomes, published through the outbox in the transaction that
/// appended it. The proposer's inbox handles it; an e-mail or SMS sender can subscribe to the same message.
/// </summary>
public sealed record ProposalChanged(Guid EventId, Guid ProposalId, long Version, string Change, Actor By, Instant At, string? Reason)
{
    public static ProposalChanged From<T>(IEvent<T> e) where T : IProposalEvent =>
        new(e.Id, e.Data.ProposalId, e.Version, typeof(T).Name, e.Data.By, e.Data.At, e.Data.Reason);
}
