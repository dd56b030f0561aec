using System.Globalization;

namespace SheetLeads.Worker.State;

internal sealed partial class SqliteWorkerState : ISheetNotes
{
    private const string TeamTabAbsentName = "team_tab_absent_until";

    public async Task<DateTimeOffset?> TeamTabAbsentUntilAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await CounterAsync(connection, TeamTabAbsentName, cancellationToken) is { } text
               && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var until)
            ? until
            : null;
    }

    public async Task NoteTeamTabAbsentAsync(DateTimeOffset? until, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (Microsoft.Data.Sqlite.SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        if (until is { } time)
            await SetCounterAsync(connection, transaction, TeamTabAbsentName, time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture), cancellationToken);
        else
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "DELETE FROM counter WHERE name = $name";
            command.Parameters.AddWithValue("$name", TeamTabAbsentName);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }
}
