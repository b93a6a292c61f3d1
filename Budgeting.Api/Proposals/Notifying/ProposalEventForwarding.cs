using System.Reflection;
using Budgeting.Domain.Proposals;
using Wolverine.Marten;

namespace Budgeting.Api.Proposals.Notifying;

public static class ProposalEventForwarding
{
    /// <summary>Every proposal event appended through a Wolverine session is published as a <see cref="ProposalChanged"/>.</summary>
    public static void ForwardProposalEvents(MartenIntegration integration)
    {
        integration.UseFastEventForwarding = true;
        var forward = typeof(ProposalEventForwarding).GetMethod(nameof(Forward), BindingFlags.NonPublic | BindingFlags.Static)!;
        foreach (var type in typeof(IProposalEvent).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsAssignableTo(typeof(IProposalEvent))))
            forward.MakeGenericMethod(type).Invoke(null, [integration]);
    }

    private static void Forward<T>(MartenIntegration integration) where T : IProposalEvent =>
        integration.SubscribeToEvent<T>().TransformedTo(ProposalChanged.From);
}
