using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace SheetLeads.Worker.State;

internal sealed partial class SqliteWorkerState : IWorkerIdentity
{
    private const string WorkerIdName = "worker_id";
    private string? _workerId;

    public async Task<string> WorkerIdAsync(CancellationToken cancellationToken)
    {
        if (_workerId is { } known)
            return known;
        await using var connection = await OpenAsync(cancellationToken);
        await using (var insert = connection.CreateCommand())
        {
            // Two first uses racing both insert-or-ignore, then both read the one that won.
            insert.CommandText = "INSERT INTO counter (name, value) VALUES ($name, $value) ON CONFLICT(name) DO NOTHING";
            insert.Parameters.AddWithValue("$name", WorkerIdName);
            insert.Parameters.AddWithValue("$value", Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
        return _workerId = await CounterAsync(connection, WorkerIdName, cancellationToken)
            ?? throw new SqliteException("the worker id was not stored", 0);
    }
}
