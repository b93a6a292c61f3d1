using Budgeting.Domain.Rules;
using Budgeting.Domain.Common;

namespace Budgeting.Domain.Cycles.Voting;

/// <summary>
/// How a cycle's citizens vote. Approval: name between <see cref="MinProjects"/> and <see cref="MaxProjects"/>
/// admitted proposals whose estimates together stay within <see cref="CostLimit"/>. Cumulative: spread at most
/// <see cref="Points"/> points, at most <see cref="MaxPointsPerProject"/> on one proposal. Residents of the cycle's
/// scope vote, from <see cref="MinimumAge"/> when set.
/// </summary>
public sealed record VotingSettings(
    BallotKind Kind, int MinProjects, int? MaxProjects, Won? CostLimit, int? Points, int? MaxPointsPerProject,
    int? MinimumAge, bool TalliesVisibleDuringVoting)
{
    public static readonly VotingSettings Default = new(BallotKind.Approval, 1, null, null, null, null, null, false);
}
