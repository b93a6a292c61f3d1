using System.Globalization;
using Budgeting.Api.Cycles.Voting;
using Budgeting.Domain.Rules;
using Budgeting.Domain.Cycles.Allocating;
using Budgeting.Domain.Pabulib;
using Budgeting.Domain.Proposals;
using Budgeting.Projections.Cycles;
using Budgeting.Projections.Proposals;
using Marten;

namespace Budgeting.Api.Elections.Exporting;

/// <summary>
/// A Seoul cycle as a .pb file: the budget is the envelope in whole won, the projects are the proposals that were
/// admitted with a cost estimate, and the ballots are the counted secret ballots.
/// </summary>
public static class CycleElectionFile
{
    private static readonly ProposalStatus[] Admitted =
    [
        ProposalStatus.Admitted, ProposalStatus.Budgeted, ProposalStatus.NotFunded, ProposalStatus.InImplementation,
        ProposalStatus.Implemented, ProposalStatus.Evaluated,
    ];

    public static async Task<PbFile?> Load(Guid id, IQuerySession session, IBallotSource ballots, CancellationToken token)
    {
        if (await session.LoadAsync<CycleView>(id, token) is not { } cycle) return null;
        var projects = await ProjectsOf(session, id, token);
        var votes = (await ballots.BallotsOf(id, token))
            .Select((b, i) => new PbVote(Number(i + 1), b.ProjectIds, b.Points, new Dictionary<string, string>())).ToList();
        return new PbFile { Meta = Meta(cycle, projects.Count, votes.Count), Projects = projects, Votes = votes };
    }

    /// <summary>
    /// The same file as <see cref="Load"/> gives, written to the response as the ballots are read (one connection, one
    /// repeatable-read snapshot for the count in META and the votes): memory stays flat whatever the number of ballots.
    /// Null when there is no such cycle.
    /// </summary>
    public static async Task<IResult?> Streamed(Guid id, IQuerySession session, CancellationToken token)
    {
        if (await session.LoadAsync<CycleView>(id, token) is not { } cycle) return null;
        var projects = await ProjectsOf(session, id, token);
        var (database, schema) = (session.Database, session.DocumentStore.Options.DatabaseSchemaName);
        var withPoints = (cycle.Voting?.Kind ?? BallotKind.Approval) != BallotKind.Approval;
        return Results.Stream(async body =>
        {
            await using var connection = database.CreateConnection();
            await connection.OpenAsync(token);
            await using var snapshot = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, token);
            var count = await CountedBallotsReader.Count(connection, schema, id, token);
            await using var writer = new StreamWriter(body, new System.Text.UTF8Encoding(false), 1 << 16);
            await PbFileWriter.WriteAsync(writer, Meta(cycle, projects.Count, count), projects, withPoints && count > 0,
                Votes(CountedBallotsReader.Stream(connection, schema, id, token), withPoints), token);
            await writer.FlushAsync(token);
        }, ElectionExportEndpoint.ContentType);
    }

    private static async IAsyncEnumerable<PbVote> Votes(IAsyncEnumerable<CountedBallot> ballots, bool withPoints)
    {
        var n = 0;
        await foreach (var b in ballots)
            yield return new PbVote(Number(++n), b.Selections.Select(s => s.ProposalId.ToString("D")).ToList(),
                withPoints ? b.Selections.Select(s => (Rational)s.Points).ToList() : null, NoFields);
    }

    private static readonly Dictionary<string, string> NoFields = new();

    private static async Task<List<PbProject>> ProjectsOf(IQuerySession session, Guid id, CancellationToken token) =>
        (await session.Query<ProposalDetails>().Where(p => p.CycleId == id).ToListAsync(token))
        .Where(p => Admitted.Contains(p.Status) && p.CostEstimate is not null)
        .OrderBy(p => p.Id.ToString(), StringComparer.Ordinal)
        .Select(p => new PbProject(p.Id.ToString(), p.CostEstimate!.Total.Value, Fields(p))).ToList();

    private static List<KeyValuePair<string, string>> Meta(CycleView cycle, int projects, int votes) =>
    [
        new("description", cycle.Name), new("country", "South Korea"), new("unit", cycle.Scope),
        new("instance", Number(cycle.FiscalYear)), new("num_projects", Number(projects)), new("num_votes", Number(votes)),
        new("budget", cycle.Envelope.Value.ToString(CultureInfo.InvariantCulture)), new("currency", "KRW"),
        new("vote_type", PbVoteTypes.Name(cycle.Voting?.Kind ?? BallotKind.Approval)),
        .. OfficialRule.MetaOf(cycle.Rule, cycle.RuleParameters),
    ];

    private static Dictionary<string, string> Fields(ProposalDetails p) =>
        new(StringComparer.OrdinalIgnoreCase) { ["name"] = p.Title, ["category"] = p.Category, ["district"] = p.District };

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
