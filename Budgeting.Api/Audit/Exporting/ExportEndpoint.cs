using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Budgeting.Api.Audit.Exporting;

public static class ExportEndpoint
{
    [WolverineGet("/api/audit/export", OperationId = "exportHistory"), Authorize(Roles = AuditRoles.Readers), Tags("Audit")]
    public static Task<IResult> Get(AuditExport export, IClock clock, CancellationToken token) => File(export, clock, token);

    /// <summary>The export as a download, for the API and the auditors' page alike.</summary>
    public static async Task<IResult> File(AuditExport export, IClock clock, CancellationToken token)
    {
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await export.Write(file, token);
        file.Position = 0;
        var stamp = clock.GetCurrentInstant().ToDateTimeUtc().ToString("yyyyMMdd'T'HHmmss'Z'");
        return Results.File(file, "application/zip", $"budgeting-audit-{stamp}.zip");
    }
}
