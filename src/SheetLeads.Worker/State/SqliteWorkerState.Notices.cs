using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SheetLeads.Core.Leads;
using SheetLeads.Core.Notifications;
using SheetLeads.Core.Summary;

namespace SheetLeads.Worker.State;

internal sealed partial class SqliteWorkerState : INoticeOutbox
{
    public async Task<IReadOnlySet<string>> ToldAsync(IReadOnlyCollection<string> covers, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var told = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in covers.Distinct().Chunk(ChunkSize))
        {
            await using var command = connection.CreateCommand();
            var names = chunk.Select((c, i) => { command.Parameters.AddWithValue("$c" + i, c); return "$c" + i; }).ToArray();
            command.CommandText = $"SELECT item FROM notice_cover WHERE item IN ({string.Join(',', names)})";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                told.Add(reader.GetString(0));
        }
        return told;
    }

    public async Task<bool> QueueAsync(Notice notice, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var queued = await QueueAsync(connection, transaction, notice, at, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return queued;
    }

    public async Task<IReadOnlyList<QueuedNotice>> PendingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT key, kind, addressee, recipient, subject, lines, queued_at, attempts FROM notice
            WHERE sent_at IS NULL AND given_up IS NULL ORDER BY queued_at, rowid
            """;
        var pending = new List<QueuedNotice>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var notice = new Notice(reader.GetString(0), Enum.Parse<NoticeKind>(reader.GetString(1)), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4), Lines(reader.GetString(5)), []);
            pending.Add(new QueuedNotice(notice, Instant(reader.GetString(6)), reader.GetInt32(7)));
        }
        return pending;
    }

    public Task SentAsync(string key, DateTimeOffset at, CancellationToken cancellationToken) =>
        UpdateNoticeAsync("UPDATE notice SET sent_at = $at WHERE key = $key", key, ("$at", Stamp(at)), cancellationToken);

    public Task FailedAsync(string key, string error, CancellationToken cancellationToken) =>
        UpdateNoticeAsync("UPDATE notice SET attempts = attempts + 1, last_error = $error WHERE key = $key", key, ("$error", error), cancellationToken);

    public Task GiveUpAsync(string key, string reason, DateTimeOffset at, CancellationToken cancellationToken) =>
        UpdateNoticeAsync("UPDATE notice SET given_up = $reason WHERE key = $key", key, ("$reason", $"{Stamp(at)} {reason}"), cancellationToken);

    /// <summary>Queues a notice inside a transaction (also the cycle's own, so a cycle's notices go in with it).</summary>
    private static async Task<bool> QueueAsync(SqliteConnection connection, SqliteTransaction transaction, Notice notice, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using (var told = connection.CreateCommand())
        {
            told.Transaction = transaction;
            var names = notice.Covers.Select((c, i) => { told.Parameters.AddWithValue("$c" + i, c); return "$c" + i; }).ToArray();
            told.CommandText = $"SELECT COUNT(*) FROM notice_cover WHERE item IN ({string.Join(',', names)}) OR item = $key";
            told.Parameters.AddWithValue("$key", notice.Key);
            if (Convert.ToInt64(await told.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) > 0)
                return false;
        }
        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO notice (key, kind, addressee, recipient, subject, lines, queued_at, attempts) VALUES ($key, $kind, $addressee, $to, $subject, $lines, $at, 0)
                ON CONFLICT(key) DO NOTHING
                """;
            insert.Parameters.AddWithValue("$key", notice.Key);
            insert.Parameters.AddWithValue("$kind", notice.Kind.ToString());
            insert.Parameters.AddWithValue("$addressee", notice.Addressee);
            insert.Parameters.AddWithValue("$to", (object?)notice.To ?? DBNull.Value);
            insert.Parameters.AddWithValue("$subject", notice.Subject);
            insert.Parameters.AddWithValue("$lines", JsonSerializer.Serialize(notice.Lines.Select(l => new StoredLine(l.Text, l.Row?.Id.ToString(), l.Row?.RowNumber))));
            insert.Parameters.AddWithValue("$at", Stamp(at));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
        foreach (var item in notice.Covers.Append(notice.Key).Distinct())
        {
            await using var cover = connection.CreateCommand();
            cover.Transaction = transaction;
            cover.CommandText = "INSERT INTO notice_cover (item, notice_key) VALUES ($item, $key) ON CONFLICT(item) DO NOTHING";
            cover.Parameters.AddWithValue("$item", item);
            cover.Parameters.AddWithValue("$key", notice.Key);
            await cover.ExecuteNonQueryAsync(cancellationToken);
        }
        return true;
    }

    private async Task UpdateNoticeAsync(string sql, string key, (string Name, string Value) parameter, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue(parameter.Name, parameter.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static NoticeLine[] Lines(string json) =>
        (JsonSerializer.Deserialize<StoredLine[]>(json) ?? [])
        .Select(l => new NoticeLine(l.Text, LeadId.TryParse(l.Lead, out var id) && l.Row is { } row ? new LeadLink(id.Value, row) : null))
        .ToArray();

    private sealed record StoredLine(string Text, string? Lead, int? Row);
}
