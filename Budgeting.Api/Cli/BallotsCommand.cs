using System.Collections.Immutable;
using System.Diagnostics;
using Budgeting.Api.Cycles;
using Budgeting.Api.Cycles.Voting;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles;
using Budgeting.Domain.Cycles.Voting;
using JasperFx.CommandLine;
using Marten;

namespace Budgeting.Api.Cli;

public class BallotsInput : NetCoreInput
{
    [Description("load")]
    public string Action { get; set; } = "";

    [Description("the cycle, in its voting phase")]
    public string Cycle { get; set; } = "";

    [Description("how many ballots, a new voter each")]
    public int Count { get; set; }

    [Description("ballots per transaction (default 2000)")]
    public int BatchFlag { get; set; } = 2000;

    [Description("concurrent writers (default 2)")]
    public int WritersFlag { get; set; } = 2;
}

/// <summary>
/// The bench's bulk path for a city-scale vote: every ballot is decided by the same <see cref="CastBallot"/> decision the
/// API uses (eligibility, the cycle's phase and ballot rules) and appended as the API appends it — a new secret ballot
/// stream and the voter record — but many per transaction, without HTTP or tokens. The counting trigger, the close's
/// fence and the inline ballot read model see exactly what they see from the API.
/// </summary>
[Description("Bulk-load ballots through the cast decision, many per transaction (the city-scale bench)", Name = "ballots")]
public class BallotsCommand : JasperFxAsyncCommand<BallotsInput>
{
    public BallotsCommand()
    {
        Usage("Load ballots").Arguments(x => x.Action, x => x.Cycle, x => x.Count);
    }

    public override async Task<bool> Execute(BallotsInput input)
    {
        if (input.Action != "load" || !Guid.TryParse(input.Cycle, out var cycleId) || input.Count <= 0)
        {
            await Console.Error.WriteLineAsync("ballots: use 'ballots load <cycle id> <count> [--batch n] [--writers n]'");
            return false;
        }
        using var host = input.BuildHost();
        var store = host.Services.GetRequiredService<IDocumentStore>();
        var configuration = host.Services.GetRequiredService<IConfiguration>();
        BudgetCycle cycle;
        IReadOnlyList<ProposalFacts> proposals;
        await using (var query = store.QuerySession())
        {
            cycle = await query.Events.AggregateStreamAsync<BudgetCycle>(cycleId) ?? throw new InvalidOperationException($"no cycle {cycleId}");
            proposals = await ProposalFactsReader.OfCycle(query, cycleId, CancellationToken.None);
        }
        var candidates = proposals.Where(p => p.IsAdmitted).Select(p => p.Id).Order().ToArray();
        var maxProjects = Math.Max(1, Math.Min(3, cycle.Voting?.MaxProjects ?? 3));
        var run = Guid.NewGuid().ToString("N")[..8];
        var watch = Stopwatch.StartNew();
        var next = -1;
        var done = 0;
        async Task Writer()
        {
            while (true)
            {
                var start = Interlocked.Add(ref next, input.BatchFlag) - input.BatchFlag + 1;
                if (start >= input.Count) return;
                var end = Math.Min(input.Count, start + input.BatchFlag);
                await using var session = store.LightweightSession();
                session.CorrelationId = null;
                session.CausationId = null;
                session.LastModifiedBy = null;
                var now = NodaTime.SystemClock.Instance.GetCurrentInstant();
                for (var i = start; i < end; i++)
                {
                    var subject = $"bulk-{run}-{i}";
                    var voter = new Voter(new Actor(subject, Role.Citizen), "jongno-gu", $"{1950 + i % 55}-03-15");
                    var chosen = Enumerable.Range(0, 1 + i % maxProjects)
                        .Select(k => new SelectionInput(candidates[(i + k) % candidates.Length])).ToImmutableList();
                    var decision = CastBallot.Decide(cycle, proposals, voter, null, Guid.CreateVersion7(), new CastBallot(chosen), now);
                    if (decision.Rejection is { } refused) throw new InvalidOperationException($"ballot {i} refused: {refused.Message}");
                    var cast = (BallotCast)decision.Events.Single();
                    session.Events.StartStream<SecretBallot>(cast.BallotId, cast);
                    session.Insert(new VoterRecord(VoterRecord.IdFor(configuration, cycleId, subject), cycleId, cast.BallotId));
                }
                await session.SaveChangesAsync();
                var total = Interlocked.Add(ref done, end - start);
                if (total / 50_000 != (total - (end - start)) / 50_000)
                    Console.Error.WriteLine($"ballots: {total} loaded, {total / watch.Elapsed.TotalSeconds:F0}/s");
            }
        }
        await Task.WhenAll(Enumerable.Range(0, Math.Max(1, input.WritersFlag)).Select(_ => Task.Run(Writer)));
        Console.WriteLine($"loaded={done} seconds={watch.Elapsed.TotalSeconds:F1} rate={done / watch.Elapsed.TotalSeconds:F0}");
        return true;
    }
}
