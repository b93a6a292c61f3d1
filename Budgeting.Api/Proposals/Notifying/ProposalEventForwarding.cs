using System.Reflection;
using Budgeting.Domain.Proposals;
using Wolverine.Marten;

namespace Budgeting.Api.Proposals.Notifying;

public static class ProposalEventForwarding
{
    /// <summary>
    /// The proposal events that supporters are told of, appended through a Wolverine session, are published as a
    /// <see cref="ProposalChanged"/>; the others need no message (the proposer's notification is written with them).
    /// </summary>
    public static void ForwardProposalEvents(MartenIntegration integration)
    {
        integration.UseFastEventForwarding = true;
        var forward = typeof(ProposalEventForwarding).GetMethod(nameof(Forward), BindingFlags.NonPublic | BindingFlags.Static)!;
        foreach (var type in typeof(IProposalEvent).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsAssignableTo(typeof(IProposalEvent))
                              && NotificationText.ForSupporter(t.Name) is not null))
            forward.MakeGenericMethod(type).Invoke(null, [integration]);
    }

    private static void Forward<T>(MartenIntegration integration) where T : IProposalEvent =>
        integration.SubscribeToEvent<T>().TransformedTo(ProposalChanged.From);
}
