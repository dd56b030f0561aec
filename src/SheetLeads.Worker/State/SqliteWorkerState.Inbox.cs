using System.Globalization;

namespace SheetLeads.Worker.State;

internal sealed partial class SqliteWorkerState : IWebhookInbox
{
    public async Task<long> EnqueueAsync(string channel, DateTimeOffset receivedAt, byte[] body, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO webhook_inbox (channel, received_at, body) VALUES ($channel, $at, $body) RETURNING id";
        command.Parameters.AddWithValue("$channel", channel);
        command.Parameters.AddWithValue("$at", receivedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$body", body);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<IReadOnlyList<PushedBody>> PendingAsync(string channel, long after, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, received_at, body FROM webhook_inbox WHERE channel = $channel AND id > $after ORDER BY id LIMIT $limit";
        command.Parameters.AddWithValue("$channel", channel);
        command.Parameters.AddWithValue("$after", after);
        command.Parameters.AddWithValue("$limit", limit);
        var pushed = new List<PushedBody>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            pushed.Add(new PushedBody(reader.GetInt64(0),
                DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                (byte[])reader.GetValue(2)));
        return pushed;
    }

    public async Task ForgetAsync(string channel, long through, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM webhook_inbox WHERE channel = $channel AND id <= $through";
        command.Parameters.AddWithValue("$channel", channel);
        command.Parameters.AddWithValue("$through", through);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
