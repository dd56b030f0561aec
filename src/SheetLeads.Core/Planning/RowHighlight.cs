using SheetLeads.Core.Leads;

namespace SheetLeads.Core.Planning;

/// <summary>A row whose Flag changed this cycle and so gets a new row colour (SPEC §5).</summary>
/// <param name="Id">The lead's row (new rows and adopted rows included: the colour is written after the values).</param>
/// <param name="Highlight">Its colour now; <see cref="Highlight.None"/> clears the colour.</param>
public sealed record RowHighlight(LeadId Id, Highlight Highlight);
