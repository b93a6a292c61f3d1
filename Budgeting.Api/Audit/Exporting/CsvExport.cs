using CsvHelper;

namespace Budgeting.Api.Audit.Exporting;

/// <summary>A CSV file of the export (RFC 4180, UTF-8): one row per record of a [CsvRecord] partial record type.</summary>
public abstract class CsvExport<TRow> : IExportFile
{
    public abstract string Name { get; }

    protected abstract IAsyncEnumerable<TRow> Rows(ExportSource source, CancellationToken token);

    public async Task Write(Stream output, ExportSource source, CancellationToken token)
    {
        await using var csv = CsvWriter.Create(output, null, leaveOpen: true);
        await csv.WriteRecordsAsync(Rows(source, token), token);
        await csv.FlushAsync(token);
    }
}
