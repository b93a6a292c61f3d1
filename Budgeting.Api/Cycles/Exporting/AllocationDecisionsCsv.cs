using System.Runtime.CompilerServices;
using Budgeting.Api.Audit.Exporting;
using Budgeting.Projections.Cycles;
using CsvHelper;
using Marten;

namespace Budgeting.Api.Cycles.Exporting;

[CsvRecord]
public sealed partial record AllocationRow(Guid CycleId, string Cycle, string Rule, long Envelope, string InputsDigest, string DecidedBy,
    string DecidedAt, Guid ProposalId, string Outcome, long Amount);

/// <summary>allocation-decisions.csv: every allocation decision, one line per proposal it funded or left unfunded.</summary>
public sealed class AllocationDecisionsCsv : CsvExport<AllocationRow>
{
    public override string Name => "allocation-decisions.csv";

    protected override async IAsyncEnumerable<AllocationRow> Rows(ExportSource source, [EnumeratorCancellation] CancellationToken token)
    {
        var cycles = await source.Session.Query<CycleView>().Where(c => c.Allocation != null).ToListAsync(token);
        foreach (var cycle in cycles.OrderBy(c => c.Name, StringComparer.Ordinal))
        {
            var a = cycle.Allocation!;
            AllocationRow Row(Guid proposal, string outcome, long amount) => new(cycle.Id, cycle.Name, a.Rule, a.Envelope.Value,
                a.InputsDigest, a.DecidedBy, a.At.ToString(), proposal, outcome, amount);
            foreach (var f in a.Funded) yield return Row(f.ProposalId, "funded", f.Amount.Value);
            foreach (var p in a.NotFunded) yield return Row(p, "not-funded", 0);
        }
    }
}
