using System.Text;

namespace Loadgen;

public sealed record TargetIds(string Proposal, string Cycle);

public sealed record Attack(string Method, string Path, string? Body, string? Token, string Kind,
    string ContentType = "application/json", IReadOnlyDictionary<string, string>? Headers = null)
{
    public HttpRequestMessage Request()
    {
        var request = new HttpRequestMessage(new HttpMethod(Method), Path);
        if (Body is not null) request.Content = new StringContent(Body, Encoding.UTF8, ContentType);
        if (Token is not null) request.Headers.TryAddWithoutValidation("Authorization", Token);
        foreach (var (name, value) in Headers ?? new Dictionary<string, string>())
            request.Headers.TryAddWithoutValidation(name, value);
        return request;
    }

    public string Describe() => $"{Method} {Path} [{Kind}]";
}
