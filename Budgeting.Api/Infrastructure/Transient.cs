using System.Net.Sockets;
using Npgsql;

namespace Budgeting.Api.Infrastructure;

public static class Transient
{
    /// <summary>True when the failure (or one it wraps) means PostgreSQL is down or restarting, so a retry may succeed.</summary>
    public static bool IsDatabaseUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is PostgresException pg && (pg.SqlState.StartsWith("57P") || pg.SqlState.StartsWith("08"))) return true;
            if (e is NpgsqlException { IsTransient: true } or SocketException or TimeoutException) return true;
        }
        return false;
    }
}
