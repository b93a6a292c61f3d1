using System.Collections.Immutable;
using Budgeting.Domain.Rules;
using Budgeting.Domain.Common;

namespace Budgeting.Domain.Cycles.Voting;

/// <summary>What makes a ballot valid under the cycle's settings; only the cycle's admitted proposals are on it.</summary>
public static class BallotRules
{
    public const int MaxSelections = 200;

    public static (ImmutableList<Selection> Selections, Rejection? Rejection) Check(
        VotingSettings settings, Guid cycleId, IReadOnlyList<ProposalFacts> proposals, IReadOnlyList<SelectionInput> input)
    {
        if (input.Count > MaxSelections)
            return ([], Rejection.Invalid("selections", "max-length", $"a ballot names at most {MaxSelections} proposals"));
        var known = proposals.ToDictionary(p => p.Id);
        var chosen = ImmutableList.CreateBuilder<Selection>();
        for (var i = 0; i < input.Count; i++)
        {
            var field = $"selections[{i}]";
            if (input[i].ProposalId is not { } id) return ([], Rejection.Invalid($"{field}.proposalId", "required", "every selection names a proposalId"));
            if (chosen.Any(s => s.ProposalId == id)) return ([], Rejection.Invalid($"{field}.proposalId", "distinct", "a proposal appears once on a ballot"));
            if (!known.TryGetValue(id, out var proposal))
                return ([], Rejection.Invalid($"{field}.proposalId", "known-proposal", $"no proposal with id {id}"));
            if (proposal.CycleId != cycleId || !proposal.IsAdmitted || proposal.Cost is null)
                return ([], Rejection.Conflict("on-ballot-only", "only the cycle's admitted proposals are on the ballot", $"{field}.proposalId"));
            var points = input[i].Points ?? (settings.Kind == BallotKind.Approval ? 1 : 0);
            if (settings.Kind == BallotKind.Approval && points != 1)
                return ([], Rejection.Invalid($"{field}.points", "approval-points", "an approval ballot gives no points (or exactly 1)"));
            if (points < 1) return ([], Rejection.Invalid($"{field}.points", "positive-points", "give each named proposal at least 1 point"));
            if (points > settings.MaxPointsPerProject)
                return ([], Rejection.Invalid($"{field}.points", "max-per-project", $"at most {settings.MaxPointsPerProject} points on one proposal"));
            chosen.Add(new Selection(id, points));
        }
        return (chosen.ToImmutable(), settings.Kind == BallotKind.Approval ? Approval(settings, chosen, known) : Cumulative(settings, chosen));
    }

    private static Rejection? Approval(VotingSettings settings, IReadOnlyList<Selection> chosen, Dictionary<Guid, ProposalFacts> known)
    {
        if (chosen.Count < settings.MinProjects)
            return Rejection.Invalid("selections", "min-projects", $"approve at least {settings.MinProjects} proposals");
        if (chosen.Count > settings.MaxProjects)
            return Rejection.Invalid("selections", "max-projects", $"approve at most {settings.MaxProjects} proposals");
        var cost = Won.Sum(chosen.Select(s => known[s.ProposalId].Cost!.Value));
        return cost > settings.CostLimit
            ? Rejection.Invalid("selections", "cost-limit", $"the approved proposals cost {cost.Value} won, more than the limit of {settings.CostLimit!.Value.Value} won")
            : null;
    }

    private static Rejection? Cumulative(VotingSettings settings, IReadOnlyList<Selection> chosen)
    {
        if (chosen.Count == 0) return Rejection.Invalid("selections", "min-projects", "give points to at least one proposal");
        var spent = chosen.Sum(s => (long)s.Points);
        return spent > settings.Points
            ? Rejection.Invalid("selections", "points-budget", $"{spent} points given, but a ballot has {settings.Points} to spread")
            : null;
    }
}
