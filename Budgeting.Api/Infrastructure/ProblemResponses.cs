using Budgeting.Api.Web.Security;
using JasperFx;
using JasperFx.CodeGeneration;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Budgeting.Api.Infrastructure;

/// <summary>
/// Documents every endpoint's problem responses by one rule instead of attributes on each: signed-in endpoints 401
/// and 403; a route with a value 404; a GET with query values 400; a write 409, and 400 unless it is a DELETE; a
/// write on the record its route names 412 (unless <see cref="IgnoresIfMatchAttribute"/>); a rate-limited one 429.
/// An endpoint declares only the statuses this rule does not imply.
/// </summary>
public sealed class ProblemResponses : IHttpPolicy
{
    private const string ProblemJson = "application/problem+json";

    public void Apply(IReadOnlyList<HttpChain> chains, GenerationRules rules, IServiceContainer container)
    {
        foreach (var chain in chains)
        foreach (var status in StatusesOf(chain))
            chain.Metadata.WithMetadata(new ProducesResponseTypeAttribute<ProblemDetails>(status, ProblemJson));
    }

    private static IEnumerable<int> StatusesOf(HttpChain chain)
    {
        var method = chain.HttpMethods.Single();
        var signedIn = !Has<IAllowAnonymous>(chain);
        var namesRecord = chain.RoutePattern!.Parameters.Count > 0;
        var writes = HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);
        (bool Applies, int Status)[] rule =
        [
            (signedIn, StatusCodes.Status401Unauthorized),
            (signedIn, StatusCodes.Status403Forbidden),
            (namesRecord, StatusCodes.Status404NotFound),
            (writes ? !HttpMethods.IsDelete(method) : HttpMethods.IsGet(method) && ReadsQuery(chain), StatusCodes.Status400BadRequest),
            (writes, StatusCodes.Status409Conflict),
            (writes && namesRecord && !Has<IgnoresIfMatchAttribute>(chain), StatusCodes.Status412PreconditionFailed),
            (RateLimits.Limits(method, chain.RoutePattern.RawText!), StatusCodes.Status429TooManyRequests),
        ];
        return rule.Where(r => r.Applies).Select(r => r.Status);
    }

    private static bool Has<T>(HttpChain chain) =>
        chain.Method.Method.GetCustomAttributes(true).Concat(chain.Method.HandlerType.GetCustomAttributes(true)).OfType<T>().Any();

    /// <summary>Values Wolverine binds from the query string: simple parameters that the route does not name.</summary>
    private static bool ReadsQuery(HttpChain chain) => chain.Method.Method.GetParameters()
        .Any(p => IsQueryValue(p.ParameterType) && chain.RoutePattern!.GetParameter(p.Name!) is null);

    private static bool IsQueryValue(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type) is var t && (t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(Guid));
}
