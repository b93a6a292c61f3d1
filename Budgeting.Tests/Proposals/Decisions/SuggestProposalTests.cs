using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles;
using Budgeting.Domain.Cycles.Scheduling;
using Budgeting.Domain.Proposals;
using Budgeting.Domain.Proposals.Suggesting;
using static Budgeting.Tests.Proposals.Decisions.Given;

namespace Budgeting.Tests.Proposals.Decisions;

public class SuggestProposalTests
{
    private static readonly BudgetCycle City = InIntake("서울시 2027", Seoul.CityWide, Seoul.MunicipalEnvelope);
    private static readonly BudgetCycle Mapo = InIntake("마포구 2027", "mapo-gu", new Won(500_000_000));

    private static BudgetCycle InIntake(string name, string scope, Won envelope) =>
        new(Cycle, name, scope, 2027, envelope, "committee_priority", CycleSchedule.Default(Now, 2027, false), Phase.Intake);

    [Fact]
    public void no_suggestion_is_accepted_once_intake_has_closed()
    {
        var rejection = SuggestProposal.Decide(Id, Valid(), Mapo with { Phase = Phase.Deliberation }, Proposer, Now).Rejection!;
        Assert.Equal((RejectionKind.Conflict, "wrong-phase"), (rejection.Kind, rejection.Rule));
        Assert.Contains("the Deliberation phase is open", rejection.Message);
    }

    private static SuggestProposal Valid(string district = "mapo-gu") =>
        new(Cycle, "어린이놀이터 그늘막", "여름철 그늘막을 설치합니다", "safety", district, 30_000_000, ProposerName: "김민지");

    [Fact]
    public void a_citizen_suggests_online_in_their_own_name_and_no_personal_data_reaches_the_event()
    {
        var suggested = Assert.IsType<ProposalSuggested>(Assert.Single(SuggestProposal.Decide(Id, Valid(), City, Proposer, Now).Events));
        Assert.Equal(new ProposalSuggested(Id, Cycle, Proposer.Id, "어린이놀이터 그늘막", "여름철 그늘막을 설치합니다", "safety", "mapo-gu",
            new Won(30_000_000), Channel.Online, Proposer, Now), suggested);
    }

    [Fact]
    public void an_officer_records_a_field_office_suggestion_for_a_named_citizen_with_a_reason()
    {
        var command = Valid() with { ProposerId = "citizen-park", Reason = "현장 창구 방문" };
        var suggested = Assert.IsType<ProposalSuggested>(Assert.Single(SuggestProposal.Decide(Id, command, City, Officer, Now).Events));
        Assert.Equal(("citizen-park", Channel.FieldOffice, "citizen-park", "현장 창구 방문"),
            (suggested.ProposerId, suggested.Channel, suggested.OnBehalfOf, suggested.Reason));
        Assert.Equal("proposerId", SuggestProposal.Decide(Id, Valid() with { Reason = "현장" }, City, Officer, Now).Rejection!.Field);
        Assert.Equal("reason", SuggestProposal.Decide(Id, Valid() with { ProposerId = "citizen-park" }, City, Officer, Now).Rejection!.Field);
    }

    [Fact]
    public void a_citizen_may_not_suggest_in_someone_elses_name_and_other_roles_do_not_suggest()
    {
        Assert.Equal(RejectionKind.Forbidden, SuggestProposal.Decide(Id, Valid() with { ProposerId = "citizen-park" }, City, Proposer, Now).Rejection!.Kind);
        Assert.Equal(RejectionKind.Forbidden, SuggestProposal.Decide(Id, Valid(), City, Admin, Now).Rejection!.Kind);
    }

    [Fact]
    public void a_district_cycle_takes_proposals_of_its_district_only_and_the_cycle_must_exist()
    {
        Assert.Single(SuggestProposal.Decide(Id, Valid(), Mapo, Proposer, Now).Events);
        Assert.Equal("within-cycle-scope", SuggestProposal.Decide(Id, Valid("gangnam-gu"), Mapo, Proposer, Now).Rejection!.Rule);
        Assert.Equal(("cycleId", "known-cycle"), Rule(SuggestProposal.Decide(Id, Valid(), null, Proposer, Now)));
    }

    [Theory]
    [InlineData(null, "어린이놀이터 그늘막", "safety", "mapo-gu", 1L, "cycleId", "required")]
    [InlineData("c", "짧음", "safety", "mapo-gu", 1L, "title", "min-length")]
    [InlineData("c", "어린이놀이터 그늘막", "parks", "mapo-gu", 1L, "category", "known-category")]
    [InlineData("c", "어린이놀이터 그늘막", "safety", "atlantis-gu", 1L, "district", "known-district")]
    [InlineData("c", "어린이놀이터 그늘막", "safety", "mapo-gu", 0L, "costGuess", "positive")]
    [InlineData("c", "어린이놀이터 그늘막", "safety", "mapo-gu", 1_000_000_000_001L, "costGuess", "ceiling")]
    public void bad_input_names_the_field_and_the_rule(string? cycle, string title, string category, string district, long guess, string field, string rule)
    {
        var command = new SuggestProposal(cycle is null ? null : Cycle, title, "여름철 그늘막을 설치합니다", category, district, guess);
        Assert.Equal((field, rule), Rule(SuggestProposal.Decide(Id, command, City, Proposer, Now)));
    }

    private static (string, string) Rule(Decision decision) => (decision.Rejection!.Field, decision.Rejection.Rule);
}
