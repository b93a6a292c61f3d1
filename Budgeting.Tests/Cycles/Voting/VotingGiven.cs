using Budgeting.Domain.Rules;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles;
using Budgeting.Domain.Cycles.Committee;
using Budgeting.Domain.Cycles.Opening;
using Budgeting.Domain.Cycles.Scheduling;
using Budgeting.Domain.Cycles.Voting;
using NodaTime;
using static Budgeting.Tests.Cycles.Decisions.CycleGiven;

namespace Budgeting.Tests.Cycles.Voting;

/// <summary>Given: a cycle with a voting phase (1–15 April 2026), folded from its events; admitted proposals of it.</summary>
public static class VotingGiven
{
    public static readonly Instant DuringVote = Local(2026, 4, 10, 12);

    public static readonly CycleSchedule Schedule = new([
        new(Phase.Intake, new LocalDateTime(2026, 2, 1, 18, 0)),
        new(Phase.Deliberation, new LocalDateTime(2026, 3, 1, 18, 0)),
        new(Phase.Prioritisation, new LocalDateTime(2026, 4, 1, 18, 0)),
        new(Phase.Voting, new LocalDateTime(2026, 4, 15, 18, 0)),
        new(Phase.Allocation, new LocalDateTime(2026, 5, 1, 18, 0)),
        new(Phase.Implementation, new LocalDateTime(2026, 12, 31, 18, 0)),
        new(Phase.Evaluation, new LocalDateTime(2027, 2, 28, 18, 0)),
    ]);

    public static VotingSettings Approval(int min = 1, int? max = null, long? costLimit = null, int? minimumAge = null) =>
        new(BallotKind.Approval, min, max, costLimit is { } c ? new Won(c) : null, null, null, minimumAge, false);

    public static VotingSettings Cumulative(int points, int? maxPerProject = null) =>
        new(BallotKind.Cumulative, 1, null, null, points, maxPerProject, null, false);

    public static BudgetCycle Cycle(Phase phase, VotingSettings? settings = null, string scope = "mapo-gu", string rule = "greedy_cost",
        long envelope = 1_000_000, params object[] more)
    {
        var opened = new CycleOpened(CycleId, "Mapo 2026", scope, 2026, new Won(envelope), rule, Schedule, Admin, Opened,
            settings ?? Approval());
        return Fold(opened, [new CommitteeMemberAppointed(CycleId, Member.Id, Admin, Opened), .. Through(phase), .. more]);
    }

    private static IEnumerable<object> Through(Phase phase)
    {
        for (var current = Phase.Intake; current != phase; current = Schedule.Next(current))
            yield return new PhaseAdvanced(CycleId, current, Schedule.Next(current), "deadline", null, Actor.Engine, Opened);
    }

    public static Guid P(int n) => Guid.Parse($"00000000-0000-0000-0000-{n:D12}");

    public static ProposalFacts Admitted(int n, long cost) => new(P(n), CycleId, true, new Won(cost), "mapo-gu", "culture");

    public static Voter Resident(string district = "mapo-gu", string? birthDate = "1990-05-01", string subject = "citizen-7") =>
        new(new Actor(subject, Role.Citizen), district, birthDate);
}
