using Budgeting.Api.Web.Status;
using Budgeting.Domain.Common;
using JasperFx;
using Marten.Exceptions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Budgeting.Api.Infrastructure;

/// <summary>RFC 9457 problem details for every error: rejections, concurrency, framework errors, and never internals.</summary>
public static class Problems
{
    public static IServiceCollection AddEngineProblems(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            c.ProblemDetails.Instance ??= c.HttpContext.Request.Path;
            c.ProblemDetails.Extensions.TryAdd("traceId", c.HttpContext.TraceIdentifier);
            NameUnparseableQueryValue(c.ProblemDetails);
        });
        services.AddExceptionHandler<EngineExceptionHandler>();
        return services;
    }

    /// <summary>Problem documents for the API; an error page in the reader's language for pages (<see cref="StatusPages"/>).</summary>
    public static WebApplication UseEngineProblems(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions { CreateScopeForErrors = true });
        app.UseStatusCodePages(async context =>
        {
            var http = context.HttpContext;
            if (StatusPages.IsPage(http)) await StatusPages.Write(http, http.Response.StatusCode);
            else await http.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = { Status = http.Response.StatusCode },
            });
        });
        return app;
    }

    public static IResult ToProblem(this Rejection rejection)
    {
        var status = StatusOf(rejection.Kind);
        var extensions = new Dictionary<string, object?> { ["rule"] = rejection.Rule };
        if (rejection.Field != "") extensions["field"] = rejection.Field;
        if (rejection.Kind == RejectionKind.Invalid)
            extensions["errors"] = new Dictionary<string, string[]> { [rejection.Field] = [rejection.Message] };
        return Results.Problem(detail: rejection.Message, statusCode: status, title: TitleOf(rejection.Kind),
            type: $"urn:budgeting:problem:{rejection.Rule}", extensions: extensions);
    }

    public static int StatusOf(RejectionKind kind) => kind switch
    {
        RejectionKind.Invalid => StatusCodes.Status400BadRequest,
        RejectionKind.Forbidden => StatusCodes.Status403Forbidden,
        RejectionKind.NotFound => StatusCodes.Status404NotFound,
        RejectionKind.TooMany => StatusCodes.Status429TooManyRequests,
        _ => StatusCodes.Status409Conflict,
    };

    public static IResult NotFound(string what, object id) => Results.Problem(
        detail: $"no {what} with id {id}", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    /// <summary>Wolverine names a query value it cannot parse as "parameter"; our 400s name the field and the rule.</summary>
    private static void NameUnparseableQueryValue(ProblemDetails problem)
    {
        if (problem.Status != StatusCodes.Status400BadRequest || !problem.Extensions.TryGetValue("parameter", out var field)) return;
        problem.Extensions.TryAdd("field", field);
        problem.Extensions.TryAdd("rule", "parseable");
    }

    private static string TitleOf(RejectionKind kind) => kind switch
    {
        RejectionKind.Invalid => "The request is invalid",
        RejectionKind.Forbidden => "Not allowed for your role",
        RejectionKind.NotFound => "Not found",
        RejectionKind.TooMany => "Too many requests",
        _ => "The command does not fit the current state",
    };
}

internal sealed class EngineExceptionHandler(IProblemDetailsService problems, ILogger<EngineExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken token)
    {
        var (status, title, detail) = Classify(exception);
        if (status >= 500) logger.LogError(exception, "Unhandled error on {Path}", context.Request.Path);
        context.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable) context.Response.Headers.RetryAfter = "2";
        if (StatusPages.IsPage(context))
        {
            await StatusPages.Write(context, status);
            return true;
        }
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }

    private static (int, string, string) Classify(Exception exception) => exception switch
    {
        ConcurrencyException or ExistingStreamIdCollisionException => (409, "Concurrent change",
            "another change to the same record was committed first; read it again and retry"),
        BadHttpRequestException bad => (bad.StatusCode, "Bad request", bad.Message),
        _ when Transient.IsDatabaseUnavailable(exception) => (503, "Database unavailable",
            "the database is restarting or unreachable; retry shortly"),
        _ => (500, "Internal error", "an unexpected error occurred; it has been logged"),
    };
}
