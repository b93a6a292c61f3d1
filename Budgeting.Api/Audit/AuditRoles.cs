using Budgeting.Domain.Common;

namespace Budgeting.Api.Audit;

public static class AuditRoles
{
    public const string Readers = Role.Auditor + "," + Role.Admin;
}
