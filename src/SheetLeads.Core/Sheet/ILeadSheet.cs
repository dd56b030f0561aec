namespace SheetLeads.Core.Sheet;

/// <summary>The team's sheet. Implemented by the Worker's Workbook and Google Sheets adapters.</summary>
public interface ILeadSheet
{
    /// <summary>Where the sheet is, for messages to a person.</summary>
    string Location { get; }

    /// <summary>Reads the Leads tab once; rows are identified by Lead ID, never by position.</summary>
    /// <exception cref="SheetUnavailableException">The sheet cannot be read now (locked, missing, no access).</exception>
    /// <exception cref="SheetLayoutException">The Leads tab is missing. (A missing required column is reported by the
    /// caller from <see cref="SheetSnapshot.Columns"/>.)</exception>
    Task<SheetSnapshot> ReadAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Writes the plan all or nothing: rows are found by Lead ID (or, for a typed row being adopted, by its content),
    /// never by position, and every change is re-checked against what the row holds now.
    /// </summary>
    /// <exception cref="SheetChangedException">A planned row is gone or changed identity, or the header changed so a
    /// required column is gone; nothing was written and the caller reads and plans again.</exception>
    /// <exception cref="SheetUnavailableException">The sheet cannot be written now; nothing was written.</exception>
    Task<SheetWriteReport> ApplyAsync(Planning.SheetChangePlan plan, CancellationToken cancellationToken);

    /// <summary>Sheet round trips made so far (reads and writes), for the cycle summary's <c>api_calls</c>.</summary>
    int Calls { get; }
}
