using Budgeting.Api.Commands;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using Budgeting.Domain.Proposals;
using Budgeting.Domain.Proposals.Funding;
using Marten;
using NodaTime;

namespace Budgeting.Tests.Support;

/// <summary>Stands in for a cycle's allocation where a test needs a funded proposal and no vote.</summary>
public static class EngineBudgets
{
    /// <summary>The engine budgets an admitted proposal, through the write path every command takes.</summary>
    public static async Task Budget(this IDocumentStore store, Guid proposal, long amount, Instant now)
    {
        await using var session = store.LightweightSession();
        var outcome = await session.Append<Proposal>(proposal, null,
            admitted => BudgetProposal.Decide(admitted, new Won(amount), Guid.NewGuid(), Actor.Engine, now), "proposal", CancellationToken.None);
        Assert.IsType<Outcome.Accepted>(outcome);
    }
}
