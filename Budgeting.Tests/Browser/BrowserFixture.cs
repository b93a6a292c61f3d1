using System.Diagnostics;
using System.Text.Json;
using Budgeting.Tests.Support;
using JasperFx.CommandLine;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NodaTime;
using NodaTime.Testing;

namespace Budgeting.Tests.Browser;

/// <summary>
/// The engine served by Kestrel on a free port of its own (a schema of its own, so the API scenarios running beside it
/// keep theirs), and one headless Debian Chromium driven by Playwright for the whole collection: there are two cores.
/// Playwright cannot download its own browsers here; it drives /usr/bin/chromium, whose major version must be the one
/// this Playwright was built for. ops/test installs Chromium and a Korean font; without the font Hangul would render as
/// empty boxes while every text assertion still passed, so the fixture refuses to run without one.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public static readonly Instant Start = AppFixture.Start;

    private WebApplicationFactory<Program>? engine;
    private IPlaywright? playwright;

    public FakeClock Clock { get; } = new(Start);
    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;
    public IServiceProvider Services => engine!.Services;
    public Api Api { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Prerequisites.Check();
        JasperFxEnvironment.AutoStartHost = true;
        engine = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("BUDGETING_SCHEMA", "browser");
            builder.UseSetting("BUDGETING_SEED", "off");
            builder.UseSetting("BUDGETING_ALLOW_RESET", "on");
            builder.UseSetting("RateLimits:SuggestionsPerMinute", "100000");
            builder.UseSetting("RateLimits:BallotsPerMinute", "100000");
            builder.ConfigureServices(services => services.AddSingleton<NodaTime.IClock>(Clock));
        });
        engine.UseKestrel(0);
        engine.StartServer();
        BaseUrl = engine.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
            .Replace("[::]", "127.0.0.1").Replace("localhost", "127.0.0.1");
        Api = new Api(BaseUrl);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
    }

    /// <summary>A fresh browser profile (cookies, language) at the given width.</summary>
    public async Task<IPage> NewPage(string language = "ko-KR", int width = 1280)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = language,
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Language"] = language },
        });
        return await context.NewPageAsync();
    }

    public async Task Reset()
    {
        Clock.Reset(Start);
        await Services.GetRequiredService<Marten.IDocumentStore>().Advanced.ResetAllData();
        Services.GetRequiredService<Budgeting.Api.Proposals.Reading.ListCache>().Advance();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        playwright?.Dispose();
        if (engine is not null) await engine.DisposeAsync();
    }
}

/// <summary>What the browser tests need from the machine, checked once with a message that says what to install.</summary>
public static class Prerequisites
{
    public static void Check()
    {
        if (!File.Exists(BrowserFixture.ChromiumPath))
            throw new InvalidOperationException($"{BrowserFixture.ChromiumPath} is missing: ops/test installs it (apt-get install chromium fonts-nanum)");
        var expected = ExpectedChromiumMajor();
        var installed = Run(BrowserFixture.ChromiumPath, "--version").Split(' ').FirstOrDefault(p => char.IsDigit(p.FirstOrDefault()))?.Split('.')[0];
        if (installed != expected)
            throw new InvalidOperationException($"Playwright {typeof(IPage).Assembly.GetName().Version} is built for Chromium {expected}, " +
                                                $"but {BrowserFixture.ChromiumPath} is Chromium {installed}: keep Microsoft.Playwright and Debian's chromium in step");
        if (string.IsNullOrWhiteSpace(Run("fc-list", ":lang=ko")))
            throw new InvalidOperationException("no Korean font (fc-list :lang=ko is empty): Hangul would render as empty boxes; " +
                                                "ops/test installs fonts-nanum");
    }

    private static string ExpectedChromiumMajor()
    {
        var browsers = Path.Combine(AppContext.BaseDirectory, ".playwright", "package", "browsers.json");
        using var json = JsonDocument.Parse(File.ReadAllText(browsers));
        return json.RootElement.GetProperty("browsers").EnumerateArray().First(b => b.GetProperty("name").GetString() == "chromium")
            .GetProperty("browserVersion").GetString()!.Split('.')[0];
    }

    private static string Run(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
