using Budgeting.Api.ReadModels.Rebuilding;
using JasperFx.CommandLine;
using Marten;

namespace Budgeting.Api.Cli;

public class ReadModelsInput : NetCoreInput
{
    [Description("rebuild")]
    public string Action { get; set; } = "";
}

[Description("Rebuild every inline read model from the events in one transaction, with bulk writes (Marten's daemon rebuild stays available as 'projections rebuild')", Name = "read-models")]
public class ReadModelsCommand : JasperFxAsyncCommand<ReadModelsInput>
{
    public ReadModelsCommand()
    {
        Usage("Rebuild the read models").Arguments(x => x.Action);
    }

    public override async Task<bool> Execute(ReadModelsInput input)
    {
        if (input.Action != "rebuild")
        {
            await Console.Error.WriteLineAsync($"read-models: unknown action '{input.Action}'; use rebuild");
            return false;
        }
        using var host = input.BuildHost();
        var report = await new ReadModelRebuild(host.Services.GetRequiredService<IDocumentStore>()).Run(CancellationToken.None);
        Console.WriteLine(report.Describe());
        return true;
    }
}
