using System.Runtime.CompilerServices;
using System.Text.Json;
using Budgeting.Projections.Proposals;
using CsvHelper;
using Marten;

namespace Budgeting.Api.Audit.Exporting;

[CsvRecord]
public sealed partial record ProposalRow(Guid Id, Guid CycleId, string Title, string District, string Category, string Status,
    long? CostEstimate, long? Budgeted, long Spent, int Progress, long Version);

/// <summary>proposals.csv: every proposal as its details read model shows it, money in whole won, with its stream version.</summary>
public sealed class ProposalsCsv : CsvExport<ProposalRow>
{
    public override string Name => "proposals.csv";

    protected override async IAsyncEnumerable<ProposalRow> Rows(ExportSource source, [EnumeratorCancellation] CancellationToken token)
    {
        await foreach (var p in source.Session.Query<ProposalDetails>().OrderBy(p => p.Id).ToAsyncEnumerable(token))
            yield return new ProposalRow(p.Id, p.CycleId, p.Title, p.District, p.Category,
                JsonNamingPolicy.CamelCase.ConvertName(p.Status.ToString()), p.CostEstimate?.Total.Value, p.BudgetedAmount?.Value,
                p.Spent.Value, p.Progress, p.Version);
    }
}
