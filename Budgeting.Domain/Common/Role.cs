namespace Budgeting.Domain.Common;

/// <summary>The five roles of DOMAIN.md, as they appear in tokens and events.</summary>
public static class Role
{
    public const string Citizen = "citizen";
    public const string Officer = "officer";
    public const string Committee = "committee";
    public const string Auditor = "auditor";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Citizen, Officer, Committee, Auditor, Admin];

    public static bool IsKnown(string? role) => role is not null && All.Contains(role);
}
