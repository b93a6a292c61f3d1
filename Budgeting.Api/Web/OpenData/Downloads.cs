using Budgeting.Api.Audit;
using Budgeting.Api.Audit.Chain;
using Budgeting.Api.Audit.Exporting;
using Marten;
using NodaTime;

namespace Budgeting.Api.Web.OpenData;

/// <summary>
/// Files a reader downloads from the pages with their cookie session: the audit export for auditors (the same file as
/// GET /api/audit/export), and the public CSV files of the export for everyone (proposals, ledgers, allocation decisions;
/// never the events, which name actors).
/// </summary>
public static class Downloads
{
    public static readonly IReadOnlyList<string> PublicFiles = ["proposals.csv", "ledger.csv", "allocation-decisions.csv"];

    public static WebApplication MapDownloads(this WebApplication app)
    {
        app.MapGet("/audit/export", (AuditExport export, IClock clock, CancellationToken token) => ExportEndpoint.File(export, clock, token))
            .RequireAuthorization(p => p.RequireRole(AuditRoles.Readers.Split(','))).ExcludeFromDescription();
        app.MapGet("/open-data/{file}", async (string file, IEnumerable<IExportFile> files, AuditDatabase database, IDocumentStore store,
            HttpContext http) =>
        {
            if (!PublicFiles.Contains(file) || files.FirstOrDefault(f => f.Name == file) is not { } export) return Results.NotFound();
            await using var connection = await database.Open(http.RequestAborted);
            await using var session = store.QuerySession(Marten.Services.SessionOptions.ForConnection(connection));
            http.Response.ContentType = "text/csv; charset=utf-8";
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"{file}\"";
            await export.Write(http.Response.Body, new ExportSource(connection, database.Schema, session), http.RequestAborted);
            return Results.Empty;
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
