namespace Budgeting.Tests.Support;

/// <summary>The repository the tests were built from: its source files are read by tests about the code itself.</summary>
public static class Repository
{
    public static string Root()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Budgeting.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException($"no Budgeting.sln above {AppContext.BaseDirectory}");
    }

    public static IEnumerable<string> Files(string folder, string pattern) =>
        Directory.GetFiles(Path.Combine(Root(), folder), pattern, SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"));
}
