using System.Text.Json;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;

namespace Loadgen;

/// <summary>
/// Citizens casting ballots (POST /api/cycles/{id}/ballots). <c>ballot-cycle</c> prepares what the vote needs, as an
/// administrator and an officer would through the API: a cycle with an approval vote, a few admitted proposals, the
/// phases advanced to Voting (with --scores N, a committee's N scores
/// recorded on the way); it prints the cycle id and the proposal ids. Every ballot of the load is a new voter
/// (its own token, district and birth date), so each request writes a new secret ballot stream.
/// </summary>
public static class Ballots
{
    private const int Proposals = 6, MaxProjects = 3;

    public static async Task<int> SetUp(Options o)
    {
        var api = new Api(o.Get("url"), 1);
        var admin = Api.Token("admin", "bench-admin");
        var voting = new { kind = "approval", minProjects = 1, maxProjects = MaxProjects, minimumAge = 14 };
        var name = $"Bench vote {DateTime.UtcNow:yyyyMMddHHmmss}";
        // --rule names the allocation rule (greedy_cost, mes_cost, ...); the cycle then has a committee chair,
        // bench-chair, who may close the allocation (ops/bench --city times that close).
        var rule = o.Get("rule", "");
        var cycle = rule == ""
            ? await Setup.Created(api, "/api/cycles", new { name, scope = "city", fiscalYear = 2027, envelope = 10_000_000_000L, voting }, admin)
            : await Setup.Created(api, "/api/cycles", new { name, scope = "city", fiscalYear = 2027, envelope = 1_000_000_000L, rule, voting }, admin);
        if (rule != "") await api.Command(HttpMethod.Post, $"/api/cycles/{cycle}/committee", new { memberId = "bench-chair" }, admin);
        var officer = Api.Token("officer", "bench-officer");
        var ids = new List<string>();
        for (var i = 0; i < Proposals; i++)
        {
            var id = await Setup.DecidableProposal(api, cycle, $"Bench ballot proposal {i}", "a proposal on the bench ballot",
                100_000_000L * (i + 1), Api.Token("citizen", $"bench-proposer-{i}"), officer, "feasible");
            await api.Command(HttpMethod.Post, $"/api/proposals/{id}/admission", new { }, officer);
            ids.Add(id);
        }
        foreach (var from in new[] { "intake", "deliberation" })
            await api.Command(HttpMethod.Post, $"/api/cycles/{cycle}/phase/advance", new { from, reason = "bench vote" }, admin);
        // --scores N: the committee scores before the vote, as a real cycle's does, N ProposalScored events on the cycle's stream.
        if (o.Int("scores", 0) is > 0 and var scores) await Score(api, cycle, ids, scores, admin);
        await api.Command(HttpMethod.Post, $"/api/cycles/{cycle}/phase/advance", new { from = "prioritisation", reason = "bench vote" }, admin);
        Console.WriteLine($"{cycle} {string.Join(',', ids)}");
        return 0;
    }

    /// <summary>
    /// A committee of up to 30 members scores the proposals in turn (a member's later score of a proposal replaces the
    /// earlier one and is one more event), one score at a time through POST /api/cycles/{id}/scores; prints to stderr the
    /// mean time of the first and the last hundred, which stay alike only while a cycle command costs the same at every length.
    /// </summary>
    private static async Task Score(Api api, string cycle, IReadOnlyList<string> proposals, int scores, string admin)
    {
        var members = Enumerable.Range(1, Math.Min(30, scores)).Select(m => $"bench-member-{m}").ToList();
        foreach (var member in members)
            await api.Command(HttpMethod.Post, $"/api/cycles/{cycle}/committee", new { memberId = member }, admin);
        var tokens = members.Select(m => Api.Token("committee", m)).ToList();
        var took = new double[scores];
        for (var i = 0; i < scores; i++)
        {
            var each = 1 + i % 10;
            var body = new { proposalId = proposals[i / members.Count % proposals.Count], rationale = "bench scoring of the proposal",
                scores = new { publicBenefit = each, feasibility = each, reach = each, urgency = each } };
            var answer = await api.Send(Api.Request(HttpMethod.Post, $"/api/cycles/{cycle}/scores", JsonSerializer.Serialize(body),
                tokens[i % members.Count]));
            if (!answer.Ok) throw new InvalidOperationException($"score {i + 1} answered {answer.Status}: {answer.Body}");
            took[i] = answer.Milliseconds;
        }
        var window = Math.Min(100, scores);
        Console.Error.WriteLine($"{scores} scores by {members.Count} members in {took.Sum() / 1000:F1} s: first {window} mean {took[..window].Average():F1} ms, " +
                                $"last {window} mean {took[^window..].Average():F1} ms");
    }

    public static HttpRequestMessage Request(string cycle, IReadOnlyList<string> proposals, string run, int client, int i)
    {
        var chosen = Enumerable.Range(0, 1 + (client + i) % MaxProjects)
            .Select(k => new { proposalId = proposals[(client + i + k) % proposals.Count] });
        return Api.Request(HttpMethod.Post, $"/api/cycles/{cycle}/ballots", JsonSerializer.Serialize(new { selections = chosen }),
            Voter($"voter-{run}-{client}-{i}", client + i));
    }

    private static readonly string[] Districts = [.. Seoul.Districts.Keys.Order(StringComparer.Ordinal)];

    /// <summary>A resident of a Seoul district, born between 1950 and 2004: eligible for the bench vote (minimum age 14).</summary>
    public static string Voter(string subject, int n) => Auth.Mint(Auth.DevelopmentKey, "citizen", subject,
        Districts[n % Districts.Length], $"{1950 + n % 55}-03-15", TimeSpan.FromHours(2));
}
