using System.Diagnostics;

namespace Budgeting.Tests.Support;

/// <summary>The engine's own command line, run as an operator runs it (`dotnet Budgeting.Api.dll ...`).</summary>
public static class EngineCommand
{
    /// <summary>Runs the command, asserts it finished in two minutes with exit code 0, and returns its standard output.</summary>
    public static string Run(string[] arguments, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (workingDirectory is not null) start.WorkingDirectory = workingDirectory;
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Budgeting.Api.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        var command = string.Join(' ', arguments);
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), $"{command} did not finish in 2 minutes");
        Assert.True(process.ExitCode == 0, $"{command} failed ({process.ExitCode}): {output.Result}{errors.Result}");
        return output.Result;
    }
}
