using System.Globalization;
using Microsoft.Data.Sqlite;
using SheetLeads.Core.Leads;
using SheetLeads.Core.Sync;

namespace SheetLeads.Worker.State;

/// <summary>
/// The worker's memory in one SQLite file at <c>State:Path</c> (SPEC §8): references taken in, issued Lead IDs,
/// the round-robin position, channel checkpoints, each channel's health, the last Summary written, the webhook
/// pushes not taken in yet and the mails owed and sent. A cycle is
/// committed in one transaction, after the sheet write, so a crash in between only means the next cycle finds the
/// references already in the sheet.
/// </summary>
internal sealed partial class SqliteWorkerState : IWorkerState, ICheckpointStore
{
    private const int SchemaVersion = 4;
    private const int ChunkSize = 500;
    private readonly string _connectionString;
    private volatile bool _schemaReady;

    public SqliteWorkerState(string path)
    {
        Path = path;
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();
    }

    /// <summary>The state file.</summary>
    public string Path { get; }

    public async Task<WorkerMemory> ReadAsync(IReadOnlyCollection<Reference> references, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var taken = new HashSet<Reference>();
        foreach (var chunk in references.Chunk(ChunkSize))
        {
            await using var command = connection.CreateCommand();
            var names = new List<string>(chunk.Length);
            for (var i = 0; i < chunk.Length; i++)
            {
                names.Add("$r" + i);
                command.Parameters.AddWithValue("$r" + i, chunk[i].ToString());
            }
            command.CommandText = $"SELECT reference FROM taken WHERE reference IN ({string.Join(',', names)})";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                if (Reference.TryParse(reader.GetString(0), out var r))
                    taken.Add(r.Value);
        }
        var highest = await CounterAsync(connection, "highest_lead_id", cancellationToken);
        var rotation = await CounterAsync(connection, "last_round_robin", cancellationToken);
        return new WorkerMemory(taken, LeadId.TryParse(highest, out var id) ? id : null, rotation);
    }

    public async Task CommitAsync(CycleRecord record, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var at = record.At.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
        foreach (var outcome in record.Outcomes)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO taken (reference, outcome, lead_id, reason, origin, at) VALUES ($ref, $outcome, $lead, $reason, $origin, $at)
                ON CONFLICT(reference) DO NOTHING
                """;
            command.Parameters.AddWithValue("$ref", outcome.Item.Reference.ToString());
            command.Parameters.AddWithValue("$outcome", outcome.Kind.ToString());
            command.Parameters.AddWithValue("$lead", (object?)outcome.Lead?.ToString() ?? DBNull.Value);
            command.Parameters.AddWithValue("$reason", outcome.Item is Skip s ? s.Reason.ToText() : DBNull.Value);
            command.Parameters.AddWithValue("$origin", outcome.Item.Origin);
            command.Parameters.AddWithValue("$at", at);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        foreach (var checkpoint in record.Checkpoints)
            await WriteCheckpointAsync(connection, transaction, checkpoint, cancellationToken);
        if (record.HighestIssued is { } highest)
            await SetCounterAsync(connection, transaction, "highest_lead_id", highest.ToString(), cancellationToken);
        if (record.LastRoundRobin is { } rotation)
            await SetCounterAsync(connection, transaction, "last_round_robin", rotation, cancellationToken);
        foreach (var notice in record.Notices)
            await QueueAsync(connection, transaction, notice, record.At, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task SaveCheckpointAsync(ChannelCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await WriteCheckpointAsync(connection, transaction, checkpoint, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    // Entries are set one by one (a null value removes one); the channel's other entries stay as they are.
    private static async Task WriteCheckpointAsync(SqliteConnection connection, SqliteTransaction transaction, ChannelCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        foreach (var (key, value) in checkpoint.Entries)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = value is null
                ? "DELETE FROM checkpoint WHERE channel = $channel AND key = $key"
                : "INSERT INTO checkpoint (channel, key, value) VALUES ($channel, $key, $value) ON CONFLICT(channel, key) DO UPDATE SET value = excluded.value";
            command.Parameters.AddWithValue("$channel", checkpoint.Channel);
            command.Parameters.AddWithValue("$key", key);
            if (value is not null)
                command.Parameters.AddWithValue("$value", value);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async Task<IReadOnlyDictionary<string, string>> ReadCheckpointAsync(string channel, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT key, value FROM checkpoint WHERE channel = $channel";
        command.Parameters.AddWithValue("$channel", channel);
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            entries[reader.GetString(0)] = reader.GetString(1);
        return entries;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path));
        if (!string.IsNullOrEmpty(folder))
            Directory.CreateDirectory(folder);
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await EnsureSchemaAsync(connection, cancellationToken);
        return connection;
    }

    // The statements are idempotent, so two first cycles racing here is harmless.
    private async Task EnsureSchemaAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        if (_schemaReady)
            return;
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS taken (reference TEXT PRIMARY KEY, outcome TEXT NOT NULL, lead_id TEXT, reason TEXT, origin TEXT NOT NULL, at TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS checkpoint (channel TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (channel, key));
            CREATE TABLE IF NOT EXISTS counter (name TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS channel_health (channel TEXT PRIMARY KEY, first_poll TEXT NOT NULL, last_success TEXT, last_error TEXT, last_error_at TEXT);
            CREATE TABLE IF NOT EXISTS channel_day (channel TEXT NOT NULL, day TEXT NOT NULL, kind TEXT NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (channel, day, kind));
            CREATE TABLE IF NOT EXISTS webhook_inbox (id INTEGER PRIMARY KEY AUTOINCREMENT, channel TEXT NOT NULL, received_at TEXT NOT NULL, body BLOB NOT NULL);
            CREATE TABLE IF NOT EXISTS notice (key TEXT PRIMARY KEY, kind TEXT NOT NULL, addressee TEXT NOT NULL, recipient TEXT, subject TEXT NOT NULL, lines TEXT NOT NULL, queued_at TEXT NOT NULL, attempts INTEGER NOT NULL, last_error TEXT, sent_at TEXT, given_up TEXT);
            CREATE TABLE IF NOT EXISTS notice_cover (item TEXT PRIMARY KEY, notice_key TEXT NOT NULL);
            PRAGMA user_version = {SchemaVersion};
            """;
        await command.ExecuteNonQueryAsync(cancellationToken);
        _schemaReady = true;
    }

    private static async Task<string?> CounterAsync(SqliteConnection connection, string name, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM counter WHERE name = $name";
        command.Parameters.AddWithValue("$name", name);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    private static async Task SetCounterAsync(SqliteConnection connection, SqliteTransaction transaction, string name, string value, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO counter (name, value) VALUES ($name, $value) ON CONFLICT(name) DO UPDATE SET value = excluded.value";
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$value", value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
