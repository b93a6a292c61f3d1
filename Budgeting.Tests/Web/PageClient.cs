using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;

namespace Budgeting.Tests.Web;

/// <summary>
/// A browser without a browser, for the pages: keeps cookies, never follows a redirect by itself, and submits a page's
/// own forms as a browser would (every field the form holds, antiforgery token and form name included, with the
/// values a test types in).
/// </summary>
public sealed class PageClient(TestServer server, string language = "ko-KR") : IDisposable
{
    private readonly HttpClient http = new(new CookieContainerHandler { InnerHandler = server.CreateHandler() })
    {
        BaseAddress = new Uri("http://localhost"),
        DefaultRequestHeaders = { { "Accept-Language", language } },
    };

    public async Task SignIn(string role, string subject, string? district = "mapo-gu", string? birthDate = "1980-05-05")
    {
        var page = await Get($"/dev/signin?role={role}&sub={subject}&district={district}&birthdate={birthDate}&returnUrl=/");
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
    }

    public async Task<Page> Get(string url) => await Page.From(await http.GetAsync(url));

    /// <summary>Posts the form named <paramref name="formName"/> as its page shows it, with <paramref name="values"/> typed in.</summary>
    public async Task<Page> Submit(Page page, string formName, IDictionary<string, string?>? values = null, string? button = null)
    {
        var (action, fields) = Filled(page, formName, values, button);
        return await Page.From(await http.PostAsync(action, new FormUrlEncodedContent(fields)));
    }

    /// <summary>Posts a multipart form as a browser does, with <paramref name="content"/> chosen in its file input <paramref name="fileField"/>.</summary>
    public async Task<Page> SubmitFile(Page page, string formName, string fileField, string fileName, byte[] content)
    {
        var (action, fields) = Filled(page, formName, null, null);
        using var body = new MultipartFormDataContent();
        foreach (var (name, value) in fields) body.Add(new StringContent(value), name);
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        body.Add(file, fileField, fileName);
        return await Page.From(await http.PostAsync(action, body));
    }

    private static (string Action, List<KeyValuePair<string, string>> Fields) Filled(
        Page page, string formName, IDictionary<string, string?>? values, string? button)
    {
        var form = page.Form(formName);
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements.OfType<IHtmlElement>())
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || values?.ContainsKey(name) == true) continue;
            switch (element)
            {
                case IHtmlInputElement { Type: "file" }:
                    break;
                case IHtmlInputElement { Type: "checkbox" or "radio" } box when box.IsChecked:
                case IHtmlInputElement { Type: not ("checkbox" or "radio" or "submit") }:
                    fields.Add(new(name, ((IHtmlInputElement)element).Value));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement select:
                    fields.Add(new(name, select.Value ?? ""));
                    break;
            }
        }
        foreach (var (name, value) in values ?? new Dictionary<string, string?>())
            if (value is not null) fields.Add(new(name, value));
        if (button is not null) fields.Add(new(button.Split('=')[0], button.Split('=')[1]));
        return (form.GetAttribute("action") is { Length: > 0 } target ? target : page.Url, fields);
    }

    /// <summary>Posts raw fields to a page, as a forged or replayed request would.</summary>
    public async Task<Page> Post(string url, IDictionary<string, string> fields) =>
        await Page.From(await http.PostAsync(url, new FormUrlEncodedContent(fields)));

    public void Dispose() => http.Dispose();
}

public static class Locations
{
    /// <summary>A redirect's target as a path and query, whether the server wrote it absolute or relative.</summary>
    public static string PathAndQuery(this Uri location) => new Uri(new Uri("http://localhost"), location).PathAndQuery;
}

/// <summary>One answer: its status, headers and parsed document.</summary>
public sealed class Page(HttpResponseMessage response, string html, IDocument document)
{
    public HttpStatusCode Status => response.StatusCode;
    public HttpResponseMessage Response => response;
    public string Html => html;
    public IDocument Document => document;
    public string Url => response.RequestMessage!.RequestUri!.PathAndQuery;
    public string? Location => response.Headers.Location?.PathAndQuery();
    public string Text => document.Body?.TextContent ?? "";

    public IHtmlFormElement Form(string name) =>
        document.QuerySelectorAll("form").OfType<IHtmlFormElement>().FirstOrDefault(f =>
            f.QuerySelector("input[name=_handler]")?.GetAttribute("value") == name || f.Id == name)
        ?? throw new Xunit.Sdk.XunitException($"no form '{name}' on {Url}: {string.Join(", ", document.QuerySelectorAll("form").Select(f => f.Id))}");

    public bool HasForm(string name) => document.QuerySelectorAll("form").Any(f =>
        f.QuerySelector("input[name=_handler]")?.GetAttribute("value") == name || f.Id == name);

    /// <summary>The message shown beside a field, tied to it by aria-describedby.</summary>
    public string? FieldError(string inputId)
    {
        var input = document.GetElementById(inputId) ?? throw new Xunit.Sdk.XunitException($"no field #{inputId} on {Url}");
        if (input.GetAttribute("aria-invalid") != "true") return null;
        var ids = (input.GetAttribute("aria-describedby") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return ids.Select(document.GetElementById).FirstOrDefault(e => e?.ClassList.Contains("field-error") == true)?.TextContent.Trim();
    }

    public static async Task<Page> From(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return new Page(response, html, await new HtmlParser().ParseDocumentAsync(html));
    }
}
