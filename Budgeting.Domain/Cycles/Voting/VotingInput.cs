using Budgeting.Domain.Rules;
using Budgeting.Domain.Common;

namespace Budgeting.Domain.Cycles.Voting;

/// <summary>The optional <c>voting</c> object of OpenCycle, checked into <see cref="VotingSettings"/>.</summary>
public sealed record VotingInput(
    BallotKind? Kind, int? MinProjects = null, int? MaxProjects = null, long? CostLimit = null, int? Points = null,
    int? MaxPointsPerProject = null, int? MinimumAge = null, bool? TalliesVisibleDuringVoting = null)
{
    public const int MaxPoints = 1000, MaxAge = 120;

    public (VotingSettings? Settings, Rejection? Rejection) ToSettings()
    {
        if (Validate() is { } invalid) return (null, invalid);
        var approval = Kind == BallotKind.Approval;
        return (new VotingSettings(Kind!.Value, approval ? MinProjects ?? 1 : 1, approval ? MaxProjects : null,
            approval && CostLimit is { } limit ? new Won(limit) : null, approval ? null : Points,
            approval ? null : MaxPointsPerProject, MinimumAge, TalliesVisibleDuringVoting ?? false), null);
    }

    private Rejection? Validate() => Kind switch
    {
        null => Rejection.Invalid("voting.kind", "required", "voting.kind is required: approval or cumulative"),
        BallotKind.Approval => Validation.FirstOf(
            Range("voting.minProjects", MinProjects, 0, 100), Range("voting.maxProjects", MaxProjects, 1, 100),
            MinProjects > MaxProjects
                ? Rejection.Invalid("voting.maxProjects", "not-below-min", "voting.maxProjects must not be below voting.minProjects")
                : null,
            CostLimit is null ? null : Validation.PositiveWon("voting.costLimit", CostLimit),
            OnlyFor("voting.points", Points, "cumulative"), OnlyFor("voting.maxPointsPerProject", MaxPointsPerProject, "cumulative"),
            Age()),
        BallotKind.Cumulative => Validation.FirstOf(
            Points is null ? Rejection.Invalid("voting.points", "required", "a cumulative ballot needs voting.points to spread") : null,
            Range("voting.points", Points, 1, MaxPoints), Range("voting.maxPointsPerProject", MaxPointsPerProject, 1, MaxPoints),
            OnlyFor("voting.minProjects", MinProjects, "approval"), OnlyFor("voting.maxProjects", MaxProjects, "approval"),
            OnlyFor("voting.costLimit", CostLimit, "approval"), Age()),
        _ => Rejection.Invalid("voting.kind", "known-kind", "voting.kind must be approval or cumulative"),
    };

    private Rejection? Age() => Range("voting.minimumAge", MinimumAge, 0, MaxAge);

    private static Rejection? Range(string field, int? value, int min, int max) => value is { } v && (v < min || v > max)
        ? Rejection.Invalid(field, "range", $"{field} must be a whole number from {min} to {max}")
        : null;

    private static Rejection? OnlyFor(string field, long? value, string kind) => value is null
        ? null
        : Rejection.Invalid(field, "only-for-" + kind, $"{field} applies to {kind} ballots only");
}
