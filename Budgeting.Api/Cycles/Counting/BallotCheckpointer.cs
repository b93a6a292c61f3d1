using Budgeting.Api.Audit.Chain;
using Npgsql;

namespace Budgeting.Api.Cycles.Counting;

/// <summary>
/// Adds tally checkpoints (<c>ballot_checkpoints</c>) as ballots arrive, so tallies as of an instant read one checkpoint
/// and at most a few thousand ballot events after it. Every <c>Counting:CheckpointSeconds</c> (10), every
/// <c>Counting:CheckpointEvery</c> (5,000) ballot events of a cycle, up to <c>Counting:CheckpointGraceSeconds</c> (120)
/// before now while the cycle votes — a ballot is committed within moments of the timestamp it records, and the grace
/// leaves room for that — and up to now once its close's fence is written. On several nodes one works at a time (an
/// advisory lock); checkpoints are exact sums of the fold, whichever node adds them.
/// </summary>
public sealed class BallotCheckpointer(AuditDatabase database, IConfiguration configuration, ILogger<BallotCheckpointer> log)
    : BackgroundService
{
    public const int DefaultEvery = 5000;

    private TimeSpan Period => TimeSpan.FromSeconds(configuration.GetValue("Counting:CheckpointSeconds", 10.0));
    private TimeSpan Grace => TimeSpan.FromSeconds(configuration.GetValue("Counting:CheckpointGraceSeconds", 120.0));
    private int Every => configuration.GetValue("Counting:CheckpointEvery", DefaultEvery);

    protected override async Task ExecuteAsync(CancellationToken token)
    {
        if (Period <= TimeSpan.Zero) return;
        using var timer = new PeriodicTimer(Period);
        while (await timer.WaitForNextTickAsync(token))
            try
            {
                await Advance(database, Grace, Every, token);
            }
            catch (Exception e) when (!token.IsCancellationRequested)
            {
                log.LogWarning(e, "tally checkpoints not advanced this time");
            }
    }

    /// <summary>Adds every checkpoint now due; returns how many.</summary>
    public static async Task<int> Advance(AuditDatabase database, TimeSpan grace, int every, CancellationToken token)
    {
        await using var connection = await database.Open(token);
        await using var command = new NpgsqlCommand($"select {database.Schema}.ballot_checkpoints_advance(@grace, @every)", connection)
        {
            CommandTimeout = 600,
            Parameters = { new NpgsqlParameter("grace", grace), new NpgsqlParameter("every", every) },
        };
        return (int)(await command.ExecuteScalarAsync(token))!;
    }
}
