namespace Budgeting.Tests.Pabulib;

/// <summary>
/// The shared Pabulib instances and reference outcomes: $PABULIB_DIR, else a `shared/pabulib` folder beside the
/// repository root. They are not ours to commit, so a fresh clone has neither and the reference tests are skipped.
/// </summary>
public static class PabulibFolder
{
    public static readonly string? Path = Locate();

    public static string SkipReason =>
        "no Pabulib reference data: set PABULIB_DIR or place the shared pabulib folder (data/, expected/) beside the repository";

    private static string? Locate()
    {
        var configured = Environment.GetEnvironmentVariable("PABULIB_DIR");
        if (!string.IsNullOrWhiteSpace(configured)) return IsReferenceFolder(configured) ? configured : null;
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (!File.Exists(System.IO.Path.Combine(folder.FullName, "Budgeting.sln"))) continue;
            var beside = System.IO.Path.Combine(folder.FullName, "..", "shared", "pabulib");
            return IsReferenceFolder(beside) ? System.IO.Path.GetFullPath(beside) : null;
        }
        return null;
    }

    private static bool IsReferenceFolder(string folder) =>
        Directory.Exists(System.IO.Path.Combine(folder, "data")) && Directory.Exists(System.IO.Path.Combine(folder, "expected"));
}

/// <summary>A theory over the shared Pabulib data, reported as skipped (never passed, never failed) where it is absent.</summary>
public sealed class PabulibTheoryAttribute : TheoryAttribute
{
    public PabulibTheoryAttribute()
    {
        if (PabulibFolder.Path is null) Skip = PabulibFolder.SkipReason;
    }
}
