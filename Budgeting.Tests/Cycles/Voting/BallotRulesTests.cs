using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles;
using Budgeting.Domain.Cycles.Scheduling;
using Budgeting.Domain.Cycles.Voting;
using static Budgeting.Tests.Cycles.Voting.VotingGiven;

namespace Budgeting.Tests.Cycles.Voting;

public class BallotRulesTests
{
    private static readonly ProposalFacts[] Proposals =
    [
        Admitted(1, 400_000), Admitted(2, 300_000), Admitted(3, 200_000),
        new(P(4), Decisions.CycleGiven.CycleId, false, new Won(100_000), "mapo-gu", "culture"),
        new(P(5), Guid.NewGuid(), true, new Won(100_000), "mapo-gu", "culture"),
    ];

    private static Rejection? Check(VotingSettings settings, params (int Proposal, int? Points)[] selections) =>
        BallotRules.Check(settings, Decisions.CycleGiven.CycleId, Proposals,
            [.. selections.Select(s => new SelectionInput(P(s.Proposal), s.Points))]).Rejection;

    private static (RejectionKind, string, string)? Of(Rejection? r) => r is null ? null : (r.Kind, r.Field, r.Rule);

    [Fact]
    public void approval_ballots_keep_to_the_minimum_maximum_and_cost_limit()
    {
        var settings = Approval(min: 2, max: 2, costLimit: 600_000);
        Assert.Null(Check(settings, (2, null), (3, 1)));
        Assert.Equal((RejectionKind.Invalid, "selections", "min-projects"), Of(Check(settings, (1, null))));
        Assert.Equal((RejectionKind.Invalid, "selections", "max-projects"), Of(Check(settings, (1, null), (2, null), (3, null))));
        Assert.Equal((RejectionKind.Invalid, "selections", "cost-limit"), Of(Check(settings, (1, null), (2, null))));
        Assert.Equal((RejectionKind.Invalid, "selections[1].points", "approval-points"), Of(Check(settings, (1, null), (3, 2))));
    }

    [Fact]
    public void cumulative_ballots_spread_at_most_their_points_with_a_cap_per_proposal()
    {
        var settings = Cumulative(points: 10, maxPerProject: 6);
        Assert.Null(Check(settings, (1, 6), (2, 4)));
        Assert.Null(Check(settings, (3, 1)));
        Assert.Equal((RejectionKind.Invalid, "selections", "points-budget"), Of(Check(settings, (1, 6), (2, 5))));
        Assert.Equal((RejectionKind.Invalid, "selections[0].points", "max-per-project"), Of(Check(settings, (1, 7))));
        Assert.Equal((RejectionKind.Invalid, "selections[0].points", "positive-points"), Of(Check(settings, (1, 0))));
        Assert.Equal((RejectionKind.Invalid, "selections[0].points", "positive-points"), Of(Check(settings, (1, null))));
        Assert.Equal((RejectionKind.Invalid, "selections", "min-projects"), Of(Check(settings)));
    }

    [Fact]
    public void only_the_cycles_admitted_proposals_are_on_the_ballot()
    {
        Assert.Equal((RejectionKind.Conflict, "selections[1].proposalId", "on-ballot-only"), Of(Check(Approval(), (1, null), (4, null))));
        Assert.Equal((RejectionKind.Conflict, "selections[0].proposalId", "on-ballot-only"), Of(Check(Approval(), (5, null))));
    }

    [Fact]
    public void unknown_missing_or_repeated_proposals_are_invalid()
    {
        Assert.Equal((RejectionKind.Invalid, "selections[0].proposalId", "known-proposal"), Of(Check(Approval(), (42, null))));
        Assert.Equal((RejectionKind.Invalid, "selections[1].proposalId", "distinct"), Of(Check(Approval(), (1, null), (1, null))));
        var missing = BallotRules.Check(Approval(), Decisions.CycleGiven.CycleId, Proposals, [new SelectionInput(null)]).Rejection;
        Assert.Equal((RejectionKind.Invalid, "selections[0].proposalId", "required"), Of(missing));
    }

    [Fact]
    public void an_empty_approval_ballot_needs_a_minimum_of_zero() =>
        Assert.Equal(("min-projects", null), (Check(Approval())?.Rule, Check(Approval(min: 0))?.Rule));

    [Fact]
    public void ballots_are_checked_in_the_voting_phase_too() =>
        Assert.Equal("cost-limit", CastBallot.Decide(Cycle(Phase.Voting, Approval(costLimit: 100)), Proposals, Resident(), null, Guid.NewGuid(),
            new CastBallot([new SelectionInput(P(1))]), DuringVote).Rejection!.Rule);
}
