// ops/screenshots' browser: every page of the engine at desktop width and at 360 px, in Korean and English, as a full-page
// PNG, signed in as the persona each page is for. Usage: Screenshooter <engine url> <output folder>
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

var (url, output) = (args[0].TrimEnd('/'), args[1]);
Directory.CreateDirectory(output);
using var http = new HttpClient { BaseAddress = new Uri(url) };
var cycles = (await http.GetFromJsonAsync<JsonElement>("/api/cycles")).EnumerateArray().ToList();
var proposals = (await http.GetFromJsonAsync<JsonElement>("/api/proposals?pageSize=200")).GetProperty("items").EnumerateArray().ToList();
string Cycle(Func<JsonElement, bool> which) => cycles.First(which).GetProperty("id").GetString()!;
string Proposal(params string[] statuses) => proposals.First(p => statuses.Contains(p.GetProperty("status").GetString())).GetProperty("id").GetString()!;
var intake = Cycle(c => c.GetProperty("phase").GetString() == "intake");
var district = Cycle(c => c.GetProperty("scope").GetString() == "mapo-gu");
var city = Cycle(c => c.GetProperty("scope").GetString() == "city");
var mine = proposals.FirstOrDefault(p => p.GetProperty("title").GetString()!.Contains("자전거")).GetProperty("id").GetString();

var pages = new (string Name, string Path, string? Persona)[]
{
    ("home", "/", null),
    ("proposals", "/proposals", null),
    ("proposal-implementation", $"/proposals/{Proposal("inImplementation")}", null),
    ("proposal-declined", $"/proposals/{Proposal("declined")}", null),
    ("cycle-district", $"/cycles/{district}", null),
    ("cycle-city", $"/cycles/{city}", null),
    ("suggest", $"/proposals/new?cycle={intake}", "citizen"),
    ("my-proposal", $"/proposals/{mine}", "citizen"),
    ("revise", $"/proposals/{mine}/revise", "citizen"),
    ("ballot", $"/cycles/{city}/ballot", "citizen"),
    ("me", "/me", "citizen"),
    ("admin", "/admin", "admin"),
    ("admin-open", "/admin/cycles/new", "admin"),
    ("admin-cycle-city", $"/admin/cycles/{city}", "admin"),
    ("admin-cycle-district", $"/admin/cycles/{district}", "admin"),
    ("admin-funding", $"/admin/proposals/{Proposal("budgeted")}/funding", "admin"),
    ("admin-import", "/admin/elections/import", "admin"),
    ("officer-queue", "/officer", "officer"),
    ("officer-proposal", $"/proposals/{Proposal("suggested", "inDeliberation")}", "officer"),
    ("committee", "/committee", "committee"),
    ("committee-cycle", $"/committee/{district}", "committee"),
    ("audit", "/audit", "auditor"),
    ("audit-verify", "/audit/verify", "auditor"),
    ("allocation-district", $"/cycles/{district}/allocation", null),
    ("allocation-city", $"/cycles/{city}/allocation", null),
    ("open-data", "/open-data", null),
    ("signin", "/dev/signin", null),
    ("not-found", "/no-such-page", null),
};
var personas = new Dictionary<string, string>
{
    ["citizen"] = "/dev/signin?role=citizen&sub=citizen-demo-03&district=mapo-gu&birthdate=1985-04-12&returnUrl=/",
    ["admin"] = "/dev/signin?role=admin&sub=admin-demo-1&returnUrl=/",
    ["officer"] = "/dev/signin?role=officer&sub=officer-demo-1&returnUrl=/",
    ["committee"] = "/dev/signin?role=committee&sub=committee-demo-1&returnUrl=/",
    ["auditor"] = "/dev/signin?role=auditor&sub=auditor-demo-1&returnUrl=/",
};

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true,
    Args = ["--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"] });
var count = 0;
foreach (var language in new[] { "ko", "en" })
foreach (var width in new[] { 1280, 360 })
{
    var contexts = new Dictionary<string, IPage>();
    async Task<IPage> For(string? persona)
    {
        var key = persona ?? "anonymous";
        if (contexts.TryGetValue(key, out var open)) return open;
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 }, Locale = language });
        var page = await context.NewPageAsync();
        if (persona is not null) await page.GotoAsync(url + personas[persona]);
        return contexts[key] = page;
    }
    foreach (var (name, path, persona) in pages)
    {
        var page = await For(persona);
        await page.GotoAsync($"{url}{path}{(path.Contains('?') ? '&' : '?')}culture={language}");
        await page.ScreenshotAsync(new() { Path = Path.Combine(output, $"{name}-{language}-{width}.png"), FullPage = true });
        count++;
    }
}
Console.WriteLine($"{count} screenshots in {output}");
