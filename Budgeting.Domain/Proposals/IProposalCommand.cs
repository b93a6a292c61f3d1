using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals;

/// <summary>A command on one existing proposal, decided from the proposal's state alone: the API and the pages send it the same way.</summary>
public interface IProposalCommand
{
    Decision Decide(Proposal proposal, Actor by, Instant now);
}
