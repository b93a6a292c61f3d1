using Scalar.AspNetCore;

namespace Budgeting.Api.Infrastructure;

public static class OpenApi
{
    public static IServiceCollection AddEngineOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Participatory budgeting engine";
            doc.Info.Description = "Seoul-style participatory budgeting: proposals, cycles, allocation, audit.";
            return Task.CompletedTask;
        }));

    /// <summary>The document at /openapi/v1.json and a browsable reference at /docs.</summary>
    public static WebApplication MapEngineOpenApi(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/docs").AllowAnonymous();
        return app;
    }
}
