namespace SheetLeads.Worker.Workbook;

/// <summary>What preparing the Leads tab did, and what it could not do, in words for a person.</summary>
/// <param name="Done">Changes made, one line each; empty when nothing was needed.</param>
/// <param name="Notes">Things left undone and why (the file is not changed for these).</param>
internal sealed record SetupOutcome(IReadOnlyList<string> Done, IReadOnlyList<string> Notes);
