using SheetLeads.Core.Leads;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Sheet;

namespace SheetLeads.Worker.Workbook;

/// <summary>
/// Finds the rows a plan is for in the tab as it is now, never by position (SPEC §4): a lead's row by its Lead ID,
/// a typed row by what it holds (nearest to where it was read when several rows hold the same).
/// </summary>
internal sealed class RowFinder(IReadOnlyList<RowNow> rows, ColumnMap map, string tab, string location)
{
    /// <summary>The row of every planned change.</summary>
    /// <exception cref="SheetChangedException">A row is gone, its Lead ID is on several rows, or a new lead's ID is already taken.</exception>
    public IReadOnlyDictionary<RowChange, RowNow> FindAll(SheetChangePlan plan)
    {
        var byId = rows
            .Select(r => (Row: r, Id: LeadId.TryParse(map.Get(r.Cells, LeadColumn.LeadId).AsText(), out var id) ? id : null))
            .Where(r => r.Id is not null)
            .ToLookup(r => r.Id!.Value, r => r.Row);
        foreach (var newRow in plan.NewRows)
            if (byId[newRow.Id].FirstOrDefault() is { } taken)
                throw Changed($"Lead ID {newRow.Id} is already on row {taken.Number}, so the new lead would repeat it");

        var typed = rows.Where(r => map.Get(r.Cells, LeadColumn.LeadId).IsEmpty).ToList();
        var found = new Dictionary<RowChange, RowNow>(ReferenceEqualityComparer.Instance);
        foreach (var change in plan.RowChanges)
        {
            found[change] = change.Target switch
            {
                RowWithLeadId { Id: var id } => ById(byId[id].ToArray(), id),
                TypedRow target => Typed(typed, target),
                _ => throw Changed($"the plan names a row as {change.Target}, which is not a row target this sheet knows"),
            };
        }
        return found;
    }

    private RowNow ById(RowNow[] matches, LeadId id) => matches.Length switch
    {
        1 => matches[0],
        0 => throw Changed($"Lead ID {id} is on no row any more (a person removed the row or changed its Lead ID)"),
        _ => throw Changed($"Lead ID {id} is now on {matches.Length} rows ({string.Join(", ", matches.Select(m => m.Number))})"),
    };

    private RowNow Typed(List<RowNow> candidates, TypedRow target)
    {
        var match = candidates
            .Where(r => RowFingerprint.Of(r.Cells) == target.Fingerprint)
            .OrderBy(r => Math.Abs(r.Number - target.RowNumber))
            .ThenBy(r => r.Number)
            .FirstOrDefault()
            ?? throw Changed($"the row typed in at row {target.RowNumber} is not there any more or was changed");
        candidates.Remove(match);
        return match;
    }

    private SheetChangedException Changed(string what) =>
        new($"The {tab} tab in {location} changed since it was read: {what}. Nothing was written; the next attempt reads the sheet again.");
}
