using Budgeting.Tests.Cycles.Voting.Api;
using Budgeting.Tests.Support;

namespace Budgeting.Tests.Web;

/// <summary>Page scenarios on the real engine: data made through the API helpers, pages read and forms posted as a browser would.</summary>
public abstract class PageContext(AppFixture app) : VotingContext(app), IDisposable
{
    private readonly List<PageClient> clients = [];

    protected PageClient Browser(string language = "ko-KR")
    {
        var client = new PageClient(App.Host.Server, language);
        clients.Add(client);
        return client;
    }

    protected async Task<PageClient> SignedIn(string role, string subject, string language = "ko-KR", string? district = "mapo-gu")
    {
        var client = Browser(language);
        await client.SignIn(role, subject, district);
        return client;
    }

    public void Dispose()
    {
        foreach (var client in clients) client.Dispose();
    }
}
