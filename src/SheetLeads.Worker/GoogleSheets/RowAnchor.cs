namespace SheetLeads.Worker.GoogleSheets;

/// <summary>
/// Row developer metadata naming the lead a row holds. Google keeps it with its row when rows are inserted or
/// deleted above; what a sort does to it is not documented, so every use is checked against the row's Lead ID.
/// </summary>
/// <param name="MetadataId">Google's id for the entry.</param>
/// <param name="LeadId">The Lead ID the worker put on the row.</param>
/// <param name="RowNumber">The one-based row it sat on when read.</param>
internal sealed record RowAnchor(int MetadataId, string LeadId, int RowNumber)
{
    /// <summary>The developer metadata key.</summary>
    public const string Key = "sheetleads.lead";
}
