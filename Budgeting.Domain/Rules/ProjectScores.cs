namespace Budgeting.Domain.Rules;

/// <summary>
/// The score by which the official greedy rules rank projects, as cities count it and Pabulib's score column records
/// it: the number of ballots naming the project on approval ballots, its points on cumulative and scoring ballots,
/// and on ordinal ballots L points for a first choice, L − 1 for the second … 1 for the last of a ballot ranking L
/// projects (Kraków's 3, 2, 1 for three choices).
/// </summary>
internal static class ProjectScores
{
    public static Rational[] Of(Election election)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var p = 0; p < election.Projects.Count; p++) index.TryAdd(election.Projects[p].Id, p);
        var scores = new Rational[election.Projects.Count];
        Array.Fill(scores, Rational.Zero);
        foreach (var ballot in election.Ballots)
        {
            var named = new HashSet<int>();
            for (var i = 0; i < ballot.ProjectIds.Count; i++)
            {
                var p = index[ballot.ProjectIds[i]];
                var score = election.Kind switch
                {
                    BallotKind.Cumulative or BallotKind.Scoring => ballot.PointsAt(i),
                    BallotKind.Ordinal => ballot.ProjectIds.Count - i,
                    _ => named.Add(p) ? Rational.One : Rational.Zero,
                };
                scores[p] += ballot.Voters == 1 ? score : score * ballot.Voters;
            }
        }
        return scores;
    }
}
