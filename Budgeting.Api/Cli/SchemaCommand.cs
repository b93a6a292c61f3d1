using Budgeting.Api.Infrastructure;
using JasperFx.CommandLine;

namespace Budgeting.Api.Cli;

public class SchemaInput : NetCoreInput
{
    [Description("apply")]
    public string Action { get; set; } = "";
}

[Description("Apply the engine's whole schema (Wolverine's message tables, Marten's, the audit chain, the ballot counts, the list's indexes) and exit: for an operator who runs the nodes with BUDGETING_APPLY_SCHEMA=off", Name = "schema")]
public class SchemaCommand : JasperFxAsyncCommand<SchemaInput>
{
    public SchemaCommand()
    {
        Usage("Apply the schema").Arguments(x => x.Action);
    }

    public override async Task<bool> Execute(SchemaInput input)
    {
        if (input.Action != "apply")
        {
            await Console.Error.WriteLineAsync($"schema: unknown action '{input.Action}'; use apply");
            return false;
        }
        using var host = input.BuildHost();
        var applied = await EngineSchema.Apply(host.Services, CancellationToken.None);
        Console.WriteLine($"schema applied: {string.Join(", ", applied)}");
        return true;
    }
}
