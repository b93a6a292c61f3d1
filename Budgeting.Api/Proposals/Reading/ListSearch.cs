using Budgeting.Api.Infrastructure;
using Marten;
using Npgsql;

namespace Budgeting.Api.Proposals.Reading;

/// <summary>
/// The list's search, on connections of its own that plan each query for its own values
/// (<see cref="EngineSettings.SearchConnectionString"/>, a pool of its own): a filter by words, cycle or status needs its
/// values seen to choose between its indexes, while the commands' statements, planned once per connection, cost the vote less.
/// </summary>
public sealed class ListSearch(EngineSettings settings, IDocumentStore store) : IDisposable, IAsyncDisposable
{
    private readonly NpgsqlDataSource source = NpgsqlDataSource.Create(settings.SearchConnectionString);

    /// <summary>
    /// A read-only session on one of the search's connections, in a transaction of its own (Marten takes a connection it
    /// did not open only with one); disposing it rolls that back and gives the connection back to its pool.
    /// </summary>
    public async Task<Session> Open(CancellationToken token)
    {
        var connection = await source.OpenConnectionAsync(token);
        var transaction = await connection.BeginTransactionAsync(token);
        return new Session(connection, transaction, store.QuerySession(Marten.Services.SessionOptions.ForTransaction(transaction)));
    }

    public void Dispose() => source.Dispose();

    public ValueTask DisposeAsync() => source.DisposeAsync();

    public sealed class Session(NpgsqlConnection connection, NpgsqlTransaction transaction, IQuerySession query) : IAsyncDisposable
    {
        public IQuerySession Query => query;

        public async ValueTask DisposeAsync()
        {
            await query.DisposeAsync();
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
