using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles;
using Budgeting.Domain.Cycles.Scheduling;
using Budgeting.Domain.Cycles.Voting;
using NodaTime;
using static Budgeting.Tests.Cycles.Voting.VotingGiven;

namespace Budgeting.Tests.Cycles.Voting;

public class CastBallotTests
{
    private static readonly Guid NewBallot = Guid.Parse("0195f1c0-0000-4000-8000-0000000000b1");
    private static readonly ProposalFacts[] OnBallot = [Admitted(1, 400_000), Admitted(2, 300_000), Admitted(3, 200_000)];

    private static Decision Cast(BudgetCycle cycle, Voter voter, params (int Proposal, int? Points)[] selections) =>
        CastWith(cycle, voter, null, DuringVote, OnBallot, selections);

    private static Decision CastWith(BudgetCycle cycle, Voter voter, SecretBallot? previous, Instant now, IReadOnlyList<ProposalFacts> proposals,
        params (int Proposal, int? Points)[] selections) =>
        CastBallot.Decide(cycle, proposals, voter, previous, NewBallot,
            new CastBallot([.. selections.Select(s => new SelectionInput(P(s.Proposal), s.Points))]), now);

    private static string? RuleOf(Decision decision) => decision.Rejection?.Rule;

    [Fact]
    public void a_resident_casts_an_anonymous_ballot_during_the_vote()
    {
        var cast = Assert.IsType<BallotCast>(Assert.Single(Cast(Cycle(Phase.Voting), Resident(), (1, null), (3, null)).Events));
        Assert.Equal((NewBallot, Decisions.CycleGiven.CycleId, DuringVote), (cast.BallotId, cast.CycleId, cast.At));
        Assert.Equal([new Selection(P(1), 1), new Selection(P(3), 1)], cast.Selections);
        Assert.Equal(new Actor("anonymous-voter", Role.Citizen), cast.By);
    }

    [Fact]
    public void a_second_ballot_replaces_the_first_under_the_same_ballot_id()
    {
        var previous = new SecretBallot(P(99), Decisions.CycleGiven.CycleId, [new Selection(P(1), 1)]);
        var replaced = Assert.IsType<BallotReplaced>(Assert.Single(
            CastWith(Cycle(Phase.Voting), Resident(), previous, DuringVote, OnBallot, (2, null)).Events));
        Assert.Equal((P(99), new Selection(P(2), 1)), (replaced.BallotId, Assert.Single(replaced.Selections)));
        Assert.Equal("anonymous-voter", replaced.By.Id);
    }

    [Theory]
    [InlineData(Phase.Prioritisation, "Prioritisation phase is open until 2026-04-01 18:00 (Asia/Seoul); the Voting phase opens at 2026-04-01 18:00")]
    [InlineData(Phase.Allocation, "the Voting phase is over")]
    public void outside_the_voting_phase_a_ballot_is_409_naming_the_open_phase(Phase phase, string message)
    {
        var rejection = Cast(Cycle(phase), Resident(), (1, null)).Rejection!;
        Assert.Equal((RejectionKind.Conflict, "wrong-phase"), (rejection.Kind, rejection.Rule));
        Assert.Contains(message, rejection.Message);
    }

    [Fact]
    public void a_cycle_without_a_vote_takes_no_ballots()
    {
        var committeeOnly = Decisions.CycleGiven.Cycle(Decisions.CycleGiven.InPhase(Phase.Allocation));
        Assert.Equal("no-voting", RuleOf(Cast(committeeOnly, Resident(), (1, null))));
    }

    [Theory]
    [InlineData("mapo-gu", "mapo-gu", null)]
    [InlineData("mapo-gu", "gangnam-gu", "resident-only")]
    [InlineData("city", "gangnam-gu", null)]
    [InlineData("city", "busan-jin-gu", "resident-only")]
    [InlineData("city", null, "resident-only")]
    public void only_residents_of_the_cycles_scope_vote(string scope, string? district, string? rule) =>
        Assert.Equal(rule, RuleOf(Cast(Cycle(Phase.Voting, scope: scope), Resident(district!), (1, null))));

    [Theory]
    [InlineData("2010-04-10", null)]
    [InlineData("2010-04-11", "minimum-age")]
    [InlineData(null, "age-unknown")]
    [InlineData("10/04/2010", "age-unknown")]
    public void a_minimum_age_counts_on_the_day_in_seoul(string? birthDate, string? rule)
    {
        var cycle = Cycle(Phase.Voting, Approval(minimumAge: 16));
        var justAfterMidnightInSeoul = Decisions.CycleGiven.Local(2026, 4, 10, 0, 5);
        Assert.Equal(rule, RuleOf(CastWith(cycle, Resident(birthDate: birthDate), null, justAfterMidnightInSeoul, OnBallot, (1, null))));
    }

    [Fact]
    public void officers_do_not_vote() =>
        Assert.Equal(RejectionKind.Forbidden, Cast(Cycle(Phase.Voting), new Voter(new Actor("o-1", Role.Officer), "mapo-gu", null), (1, null))
            .Rejection!.Kind);
}
