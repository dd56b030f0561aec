using System.Globalization;
using Microsoft.Data.Sqlite;
using SheetLeads.Core.Leads;
using SheetLeads.Core.Summary;
using SheetLeads.Core.Sync;

namespace SheetLeads.Worker.State;

internal sealed partial class SqliteWorkerState : IChannelHealthStore
{
    private const string TakenKind = "taken";

    // Daily counts are only shown for today; a week of them is kept for anyone reading the file by hand.
    private const int DaysKept = 7;

    public async Task RecordPollsAsync(IReadOnlyList<ChannelPoll> polls, DateTimeOffset at, DateOnly day, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var when = Stamp(at);
        var dayText = Day(day);
        foreach (var poll in polls)
        {
            await ExecuteAsync(connection, transaction, """
                INSERT INTO channel_health (channel, first_poll) VALUES ($channel, $at) ON CONFLICT(channel) DO NOTHING
                """, cancellationToken, ("$channel", poll.Channel), ("$at", when));
            if (poll.Completed)
                await ExecuteAsync(connection, transaction, "UPDATE channel_health SET last_success = $at WHERE channel = $channel",
                    cancellationToken, ("$channel", poll.Channel), ("$at", when));
            if (poll.Error is { } error)
                await ExecuteAsync(connection, transaction, "UPDATE channel_health SET last_error = $error, last_error_at = $at WHERE channel = $channel",
                    cancellationToken, ("$channel", poll.Channel), ("$error", error), ("$at", when));
            var counts = poll.Skipped.Select(s => (Kind: s.Key.ToText(), Count: s.Value)).Append((Kind: TakenKind, Count: poll.Taken));
            foreach (var (kind, count) in counts.Where(c => c.Count > 0))
                await ExecuteAsync(connection, transaction, """
                    INSERT INTO channel_day (channel, day, kind, count) VALUES ($channel, $day, $kind, $count)
                    ON CONFLICT(channel, day, kind) DO UPDATE SET count = count + excluded.count
                    """, cancellationToken, ("$channel", poll.Channel), ("$day", dayText), ("$kind", kind), ("$count", count));
        }
        await ExecuteAsync(connection, transaction, "DELETE FROM channel_day WHERE day < $oldest",
            cancellationToken, ("$oldest", Day(day.AddDays(-DaysKept))));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ChannelHealth>> ReadHealthAsync(DateOnly day, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT channel, kind, count FROM channel_day WHERE day = $day";
            command.Parameters.AddWithValue("$day", Day(day));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                if (!counts.TryGetValue(reader.GetString(0), out var kinds))
                    counts[reader.GetString(0)] = kinds = new Dictionary<string, int>(StringComparer.Ordinal);
                kinds[reader.GetString(1)] = reader.GetInt32(2);
            }
        }
        var health = new List<ChannelHealth>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT channel, first_poll, last_success, last_error, last_error_at FROM channel_health ORDER BY channel";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var channel = reader.GetString(0);
                var kinds = counts.GetValueOrDefault(channel) ?? [];
                health.Add(new ChannelHealth(
                    channel,
                    Instant(reader.GetString(1)),
                    reader.IsDBNull(2) ? null : Instant(reader.GetString(2)),
                    reader.IsDBNull(3) ? null : reader.GetString(3),
                    reader.IsDBNull(4) ? null : Instant(reader.GetString(4)),
                    kinds.GetValueOrDefault(TakenKind),
                    Enum.GetValues<SkipReason>()
                        .Where(r => kinds.GetValueOrDefault(r.ToText()) > 0)
                        .ToDictionary(r => r, r => kinds[r.ToText()])));
            }
        }
        return health;
    }

    private static string Stamp(DateTimeOffset at) => at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Instant(string stamp) =>
        DateTimeOffset.Parse(stamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, string sql,
        CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
