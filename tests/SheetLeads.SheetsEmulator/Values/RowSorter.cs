using SheetLeads.SheetsEmulator.A1;
using SheetLeads.SheetsEmulator.Model;

namespace SheetLeads.SheetsEmulator.Values;

/// <summary>Sorts the rows of an area as Sheets does: numbers before text before booleans, empty cells always last.</summary>
internal static class RowSorter
{
    public static void Sort(SpreadsheetState spreadsheet, GridArea area, IReadOnlyList<(int Column, bool Ascending)> specs)
    {
        var renderer = new CellRenderer(spreadsheet);
        var sheet = area.Sheet;
        var rows = Enumerable.Range(area.StartRow, area.Rows).ToList();
        var keys = rows.ToDictionary(r => r, r => specs.Select(s => renderer.Effective(sheet, r, s.Column)).ToList());
        var ordered = rows.Order(Comparer<int>.Create((a, b) =>
        {
            for (var i = 0; i < specs.Count; i++)
            {
                var order = Compare(keys[a][i], keys[b][i], specs[i].Ascending);
                if (order != 0)
                    return order;
            }
            return a.CompareTo(b);
        })).ToList();
        sheet.ReorderRows(area.StartRow, ordered, area.StartColumn, area.EndColumn);
    }

    private static int Compare(CellValue? a, CellValue? b, bool ascending)
    {
        if (a is null || b is null)
            return (a is null).CompareTo(b is null);
        var rank = Rank(a).CompareTo(Rank(b));
        var order = rank != 0 ? rank : (a, b) switch
        {
            (NumberValue x, NumberValue y) => x.Number.CompareTo(y.Number),
            (TextValue x, TextValue y) => string.Compare(x.Text, y.Text, StringComparison.OrdinalIgnoreCase),
            (BoolValue x, BoolValue y) => x.Value.CompareTo(y.Value),
            _ => 0,
        };
        return ascending ? order : -order;
    }

    private static int Rank(CellValue value) => value switch
    {
        NumberValue => 0,
        TextValue => 1,
        BoolValue => 2,
        _ => 3,
    };
}
