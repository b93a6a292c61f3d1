using System.Collections.Immutable;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles;
using Budgeting.Domain.Cycles.Allocating;
using Budgeting.Domain.Cycles.Committee;
using Budgeting.Domain.Cycles.Recommending;
using Budgeting.Domain.Cycles.Scheduling;
using Budgeting.Domain.Cycles.Scoring;
using CsCheck;
using static Budgeting.Tests.Cycles.Decisions.CycleGiven;
using static Budgeting.Tests.Cycles.Voting.VotingGiven;

namespace Budgeting.Tests.Cycles.Decisions;

public class AllocationDecisionTests
{
    private static RankedProposal Rank(int rank, int proposal) => new(rank, P(proposal), 30, 1, 7.5m);

    private static BudgetCycle ReadyToAllocate(params RankedProposal[] ranking) => Cycle(
        [new CommitteeMemberAppointed(CycleId, Member.Id, Admin, Opened), .. InPhase(Phase.Allocation),
            new RecommendationIssued(CycleId, [.. ranking], "", Member, Opened)]);

    [Fact]
    public void funds_in_rank_order_skipping_what_no_longer_fits_and_continuing_with_cheaper_ones()
    {
        var cycle = ReadyToAllocate(Rank(1, 1), Rank(2, 2), Rank(3, 3), Rank(4, 4));
        var proposals = new[] { Admitted(1, 600_000), Admitted(2, 500_000), Admitted(3, 300_000), Admitted(4, 200_000), Admitted(5, 1) };

        var decided = Assert.IsType<AllocationDecided>(Assert.Single(
            CloseAllocation.Decide(cycle, proposals, new CloseAllocation(null), Member, Opened).Events));

        Assert.Equal([P(1), P(3)], decided.Funded.Select(f => f.ProposalId));
        Assert.Equal(new Won(900_000), decided.Total);
        Assert.Equal([P(2), P(4), P(5)], decided.NotFunded.OrderBy(p => p));
        Assert.Equal(decided.Inputs.Digest(), decided.InputsDigest);
        Assert.Equal(decided.Funded, CommitteePriority.Allocate(decided.Inputs));
    }

    [Fact]
    public void a_second_allocation_is_refused()
    {
        var cycle = ReadyToAllocate(Rank(1, 1));
        var first = CloseAllocation.Decide(cycle, [Admitted(1, 10)], new CloseAllocation(null), Member, Opened);
        var again = CloseAllocation.Decide(Fold(OpenedEvent(), [.. AllEvents(cycle), .. first.Events]), [Admitted(1, 10)],
            new CloseAllocation(null), Member, Opened);
        Assert.Equal("already-allocated", again.Rejection!.Rule);
    }

    [Fact]
    public void allocation_outside_its_phase_or_without_a_recommendation_is_refused()
    {
        var prioritising = Cycle([new CommitteeMemberAppointed(CycleId, Member.Id, Admin, Opened), .. InPhase(Phase.Prioritisation)]);
        Assert.Equal("wrong-phase", CloseAllocation.Decide(prioritising, [], new(null), Member, Opened).Rejection!.Rule);
        var noRecommendation = Cycle([new CommitteeMemberAppointed(CycleId, Member.Id, Admin, Opened), .. InPhase(Phase.Allocation)]);
        Assert.Equal("no-recommendation", CloseAllocation.Decide(noRecommendation, [], new(null), Member, Opened).Rejection!.Rule);
    }

    private static readonly Gen<AllocationInputs> RandomInputs =
        from envelope in Gen.Long[1, 10_000_000_000]
        from costs in Gen.Long[1, 5_000_000_000].Array[0, 40]
        from shuffle in Gen.Int.Array[costs.Length]
        select new AllocationInputs(new Won(envelope), costs
            .Select((cost, i) => new Candidate(P(i + 1), new Won(cost), shuffle[i] % 5 == 0 ? null : i + 1))
            .ToImmutableList());

    [Fact]
    public void committee_priority_never_exceeds_the_envelope() =>
        RandomInputs.Sample(inputs =>
            Won.Sum(CommitteePriority.Allocate(inputs).Select(f => f.Amount)) <= inputs.Envelope, iter: 5_000);

    [Fact]
    public void committee_priority_never_skips_a_higher_ranked_proposal_that_still_fits() =>
        RandomInputs.Sample(inputs =>
        {
            var funded = CommitteePriority.Allocate(inputs).Select(f => f.ProposalId).ToHashSet();
            var remaining = inputs.Envelope;
            foreach (var candidate in inputs.Candidates.Where(c => c.Rank is not null).OrderBy(c => c.Rank))
            {
                var fits = candidate.Cost <= remaining;
                if (fits != funded.Contains(candidate.ProposalId)) return false;
                if (fits) remaining -= candidate.Cost;
            }
            return inputs.Candidates.Where(c => c.Rank is null).All(c => !funded.Contains(c.ProposalId));
        }, iter: 5_000);

    [Fact]
    public void committee_priority_is_deterministic_whatever_the_order_of_the_candidates() =>
        RandomInputs.Sample(inputs =>
        {
            var reversed = inputs with { Candidates = inputs.Candidates.Reverse().ToImmutableList() };
            return CommitteePriority.Allocate(inputs).SequenceEqual(CommitteePriority.Allocate(reversed));
        }, iter: 2_000);

    private static object[] AllEvents(BudgetCycle cycle) =>
        [new CommitteeMemberAppointed(CycleId, Member.Id, Admin, Opened), .. InPhase(Phase.Allocation),
            new RecommendationIssued(CycleId, cycle.Recommendation!, "", Member, Opened)];
}
