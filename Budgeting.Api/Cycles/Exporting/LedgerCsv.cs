using System.Runtime.CompilerServices;
using Budgeting.Api.Audit.Exporting;
using Budgeting.Projections.Cycles;
using CsvHelper;
using Marten;

namespace Budgeting.Api.Cycles.Exporting;

[CsvRecord]
public sealed partial record LedgerRow(Guid CycleId, string Cycle, string Line, string Key, long Envelope, long Allocated, long Spent,
    long Remaining, string OverrunApproved, string OverBudget);

/// <summary>ledger.csv: per cycle a total line, then one line per district, per category and per funded project (whole won).</summary>
public sealed class LedgerCsv : CsvExport<LedgerRow>
{
    public override string Name => "ledger.csv";

    protected override async IAsyncEnumerable<LedgerRow> Rows(ExportSource source, [EnumeratorCancellation] CancellationToken token)
    {
        var cycles = await source.Session.Query<CycleView>().OrderBy(c => c.FiscalYear).ThenBy(c => c.Name).ToListAsync(token);
        foreach (var cycle in cycles)
        {
            var ledger = (await Ledgers.Load(source.Session, cycle.Id, token))!;
            yield return new LedgerRow(cycle.Id, cycle.Name, "total", "", ledger.Envelope.Value, ledger.Allocated.Value,
                ledger.Spent.Value, ledger.Remaining.Value, "", "");
            foreach (var g in ledger.ByDistrict)
                yield return new LedgerRow(cycle.Id, cycle.Name, "district", g.Key, 0, g.Allocated.Value, g.Spent.Value, 0, "", "");
            foreach (var g in ledger.ByCategory)
                yield return new LedgerRow(cycle.Id, cycle.Name, "category", g.Key, 0, g.Allocated.Value, g.Spent.Value, 0, "", "");
            foreach (var f in ledger.Funded)
                yield return new LedgerRow(cycle.Id, cycle.Name, "project", f.ProposalId.ToString(), 0, f.Budgeted.Value, f.Spent.Value,
                    0, f.OverrunApproved ? "yes" : "no", f.OverBudget ? "yes" : "no");
        }
    }
}
