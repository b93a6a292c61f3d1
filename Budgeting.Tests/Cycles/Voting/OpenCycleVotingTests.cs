using Budgeting.Domain.Rules;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles;
using Budgeting.Domain.Cycles.Opening;
using Budgeting.Domain.Cycles.Voting;
using NodaTime;

namespace Budgeting.Tests.Cycles.Voting;

public class OpenCycleVotingTests
{
    private static readonly Actor Admin = new("admin-1", Role.Admin);
    private static readonly Instant Now = Instant.FromUtc(2026, 1, 5, 9, 0);

    private static Decision Open(string rule, VotingInput? voting) =>
        OpenCycle.Decide(Guid.NewGuid(), new OpenCycle("Seoul 2026", "city", 2026, 10_000_000_000, rule, null, voting), Admin, Now);

    private static VotingSettings? SettingsOf(Decision decision) => BudgetCycle.Open(Assert.IsType<CycleOpened>(Assert.Single(decision.Events))).Voting;

    [Fact]
    public void voting_settings_are_recorded_on_the_opened_cycle()
    {
        var settings = SettingsOf(Open("mes_cost_add1_greedy", new VotingInput(BallotKind.Approval, 1, 5, 3_000_000_000, MinimumAge: 16)));
        Assert.Equal(new VotingSettings(BallotKind.Approval, 1, 5, new Won(3_000_000_000), null, null, 16, false), settings);
        var cumulative = SettingsOf(Open("mes_points", new VotingInput(BallotKind.Cumulative, Points: 10, MaxPointsPerProject: 5,
            TalliesVisibleDuringVoting: true)));
        Assert.Equal(new VotingSettings(BallotKind.Cumulative, 1, null, null, 10, 5, null, true), cumulative);
    }

    [Fact]
    public void a_vote_rule_without_settings_votes_by_approval_and_a_committee_cycle_has_no_vote()
    {
        Assert.Equal(VotingSettings.Default, SettingsOf(Open("greedy_cost", null)));
        Assert.Null(SettingsOf(Open("committee_priority", null)));
        Assert.Equal(VotingSettings.Default with { MinimumAge = 14 },
            SettingsOf(Open("committee_priority", new VotingInput(BallotKind.Approval, MinimumAge: 14))));
    }

    [Theory]
    [InlineData(null, null, null, null, "voting.kind", "required")]
    [InlineData(BallotKind.Approval, 3, 2, null, "voting.maxProjects", "not-below-min")]
    [InlineData(BallotKind.Approval, null, null, 5, "voting.points", "only-for-cumulative")]
    [InlineData(BallotKind.Cumulative, null, null, null, "voting.points", "required")]
    [InlineData(BallotKind.Cumulative, 1, null, 5, "voting.minProjects", "only-for-approval")]
    [InlineData(BallotKind.Ordinal, null, null, null, "voting.kind", "known-kind")]
    public void invalid_voting_settings_are_400_naming_the_field(BallotKind? kind, int? min, int? max, int? points, string field, string rule)
    {
        var rejection = Open("greedy_cost", new VotingInput(kind, min, max, Points: points)).Rejection!;
        Assert.Equal((RejectionKind.Invalid, field, rule), (rejection.Kind, rejection.Field, rejection.Rule));
    }

    [Fact]
    public void points_rules_need_cumulative_ballots() =>
        Assert.Equal("cumulative-for-rule", Open("greedy_points", new VotingInput(BallotKind.Approval)).Rejection!.Rule);
}
