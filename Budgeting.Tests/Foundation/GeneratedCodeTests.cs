using Budgeting.Tests.Support;
using JasperFx.CodeGeneration;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.Runtime;

namespace Budgeting.Tests.Foundation;

/// <summary>
/// The engine loads its Wolverine handler and endpoint code pre-generated (Budgeting.Api/Internal/Generated,
/// committed). A stale folder would answer 404 for a new endpoint or run an old handler, so it is a red test here.
/// </summary>
public class GeneratedCodeTests
{
    private const string Folder = "Budgeting.Api/Internal/Generated";

    [Fact]
    public void the_committed_generated_code_is_what_the_engine_generates_from_its_current_endpoints_and_handlers()
    {
        var fresh = Directory.CreateTempSubdirectory("budgeting-codegen-");
        try
        {
            WriteGeneratedCode(fresh.FullName);
            var differences = Differences(Path.Combine(Repository.Root(), Folder), Path.Combine(fresh.FullName, "Internal", "Generated"));
            Assert.True(differences.Count == 0,
                $"{Folder} is stale ({string.Join("; ", differences)}): run ops/codegen and commit the folder.");
        }
        finally
        {
            fresh.Delete(recursive: true);
        }
    }

    /// <summary>The engine's own `codegen write`, the command ops/codegen runs, into another content root.</summary>
    private static void WriteGeneratedCode(string contentRoot) => EngineCommand.Run(["codegen", "write"], contentRoot);

    private static List<string> Differences(string committed, string generated)
    {
        var left = Files(committed);
        var right = Files(generated);
        return left.Keys.Except(right.Keys).Select(name => $"{name} is no longer generated")
            .Concat(right.Keys.Except(left.Keys).Select(name => $"{name} is missing"))
            .Concat(left.Keys.Intersect(right.Keys).Where(name => File.ReadAllText(left[name]) != File.ReadAllText(right[name]))
                .Select(name => $"{name} differs"))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static Dictionary<string, string> Files(string folder) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories).ToDictionary(path => Path.GetRelativePath(folder, path))
            : [];
}

[Collection(ApiCollection.Name)]
public class StaticCodeLoadingTests(AppFixture app)
{
    [Fact]
    public void the_engine_under_test_loads_pre_generated_code_and_has_no_runtime_compiler()
    {
        var runtime = app.Host.Services.GetRequiredService<IWolverineRuntime>();
        Assert.Equal(TypeLoadMode.Static, runtime.Options.CodeGeneration.TypeLoadMode);
        Assert.Null(app.Host.Services.GetService<IAssemblyGenerator>());
    }
}
