using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Budgeting.Api.Audit.Verifying;

public static class VerifyEndpoint
{
    [WolverineGet("/api/audit/verify", OperationId = "verifyChain"), Authorize(Roles = AuditRoles.Readers), Tags("Audit")]
    public static Task<Verdict> Get(DatabaseVerification verification, CancellationToken token) => verification.Run(token);
}
