namespace Loadgen;

/// <summary>
/// Readers of the server-rendered pages for a fixed time, anonymous or signed in (a cookie from the development
/// sign-in, so the header is personal): one kind of page per run — the home page, the proposal list with random
/// filters, or a proposal's page. Prints one summary line per run (p95 is the pages' target).
/// </summary>
public static class PageLoad
{
    public static async Task<int> Run(Options o)
    {
        var clients = o.Int("clients", 32);
        var api = new Api(o.Get("url"), clients);
        var kind = o.Get("page", "home");
        var cycles = o.Get("cycles", "").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var proposals = o.Get("proposals", "").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var cookie = o.Get("signed-in", "false") == "true" ? await SessionCookie(api) : null;
        var recorder = new Recorder();
        var deadline = DateTime.UtcNow.AddSeconds(o.Double("seconds", 10));
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
        {
            var random = new Random(c);
            while (DateTime.UtcNow < deadline)
            {
                var request = Api.Request(HttpMethod.Get, Path(kind, random, cycles, proposals), null, null);
                if (cookie is not null) request.Headers.Add("Cookie", cookie);
                var answer = await api.Send(request);
                recorder.Record(answer.Milliseconds, answer.Label);
                if (!answer.Ok) recorder.Finding($"{answer.Status} {request.RequestUri}");
                else if (answer.Body.Length > 100 * 1024) recorder.Finding($"{answer.Body.Length} bytes: {request.RequestUri}");
            }
        }));
        Console.WriteLine(recorder.Summary($"pages-{kind}{(cookie is null ? "" : "-signed-in")}", clients));
        foreach (var finding in recorder.Findings.Take(5)) Console.WriteLine("finding: " + finding);
        return 0;
    }

    private static string Path(string kind, Random random, string[] cycles, string[] proposals) => kind switch
    {
        "list" => $"/proposals?cycle={cycles[random.Next(cycles.Length)]}&page={random.Next(1, 6)}" +
                  (random.Next(2) == 0 ? "&status=Suggested" : "") + (random.Next(3) == 0 ? "&q=%EA%B3%B5%EC%9B%90" : ""),
        "proposal" => $"/proposals/{proposals[random.Next(proposals.Length)]}",
        _ => "/",
    };

    /// <summary>
    /// Signs in once as a citizen through /dev/signin and keeps the cookies a browser would: the session, and the
    /// antiforgery cookie the first page sets for the header's sign-out form (without it every page would mint a new
    /// one, work no browser makes the engine do after its first page).
    /// </summary>
    private static async Task<string> SessionCookie(Api api)
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false };
        using var http = new HttpClient(handler) { BaseAddress = api.Http.BaseAddress };
        using var signIn = await http.GetAsync("/dev/signin?role=citizen&sub=bench-reader&district=mapo-gu&returnUrl=/");
        var session = signIn.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("budgeting.session=", StringComparison.Ordinal)).Split(';')[0];
        using var first = new HttpRequestMessage(HttpMethod.Get, "/");
        first.Headers.Add("Cookie", session);
        using var page = await http.SendAsync(first);
        var set = page.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(c => c.Split(';')[0]) : [];
        return string.Join("; ", set.Prepend(session));
    }
}
