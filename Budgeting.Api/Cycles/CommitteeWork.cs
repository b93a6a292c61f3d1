using Budgeting.Api.Commands;
using Budgeting.Api.Cycles.Voting;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles;
using Budgeting.Domain.Cycles.Allocating;
using Budgeting.Domain.Cycles.Recommending;
using Budgeting.Domain.Cycles.Scoring;
using Marten;

namespace Budgeting.Api.Cycles;

/// <summary>
/// The committee's commands on a cycle, for the API's endpoints and the committee's page alike: what each decision needs
/// besides the cycle is read here (the proposal's facts, the cycle's proposals and counted ballots), then the one append path.
/// </summary>
public static class CommitteeWork
{
    public static async Task<Outcome> Score(this IDocumentSession session, Guid cycleId, ScoreProposal command, Sender sender) =>
        await ProposalFactsReader.One(session, command.ProposalId, sender.Token) is { } proposal
            ? await session.AppendToCycle(cycleId, sender.ExpectedVersion,
                cycle => ScoreProposal.Decide(cycle, proposal, command, sender.Actor, sender.Now), sender.Token)
            : UnknownProposal(command.ProposalId);

    public static async Task<Outcome> DeclareConflict(this IDocumentSession session, Guid cycleId, DeclareConflict command, Sender sender) =>
        await ProposalFactsReader.One(session, command.ProposalId, sender.Token) is { } proposal
            ? await session.AppendToCycle(cycleId, sender.ExpectedVersion,
                cycle => Domain.Cycles.Scoring.DeclareConflict.Decide(cycle, proposal, command, sender.Actor, sender.Now), sender.Token)
            : UnknownProposal(command.ProposalId);

    public static Task<Outcome> Recommend(this IDocumentSession session, Guid cycleId, IssueRecommendation command, Sender sender) =>
        session.AppendToCycle(cycleId, sender.ExpectedVersion,
            cycle => IssueRecommendation.Decide(cycle, command, sender.Actor, sender.Now), sender.Token);

    public static async Task<Outcome> CloseAllocation(this IDocumentSession session, Guid cycleId, CloseAllocation command, Sender sender)
    {
        var (proposals, ballots) = await AllocationInputsOf(session, cycleId, sender.Token);
        return await session.AppendToCycle(cycleId, sender.ExpectedVersion,
            cycle => Domain.Cycles.Allocating.CloseAllocation.Decide(cycle, proposals, command, sender.Actor, sender.Now, ballots), sender.Token);
    }

    /// <summary>The decision closing the allocation would record now, without recording it: the committee's confirmation step.</summary>
    public static async Task<Decision?> PreviewClose(this IQuerySession session, Guid cycleId, Sender sender)
    {
        if (await session.LatestCycle(cycleId, sender.Token) is not { } cycle) return null;
        var (proposals, ballots) = await AllocationInputsOf(session, cycleId, sender.Token);
        return Domain.Cycles.Allocating.CloseAllocation.Decide(cycle, proposals, new CloseAllocation(null), sender.Actor, sender.Now, ballots);
    }

    /// <summary>The cycle's proposals, and its ballots read as a stream into identical profiles (never a million documents at once).</summary>
    private static async Task<(IReadOnlyList<ProposalFacts>, BallotProfiles)> AllocationInputsOf(IQuerySession session,
        Guid cycleId, CancellationToken token) =>
        (await ProposalFactsReader.OfCycle(session, cycleId, token), await CountedBallotsReader.ProfilesOf(session, cycleId, token));

    private static Outcome UnknownProposal(Guid id) =>
        new Outcome.Refused(Rejection.Invalid("proposalId", "known-proposal", $"no proposal with id {id}"));
}
