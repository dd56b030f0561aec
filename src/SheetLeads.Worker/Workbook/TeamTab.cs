using DocumentFormat.OpenXml.Packaging;
using SheetLeads.Core.Sheet;

namespace SheetLeads.Worker.Workbook;

/// <summary>The workbook's Team tab (SPEC §4): Name, Email, Away, kept by the team and read with every cycle.</summary>
internal static class TeamTab
{
    /// <summary>The roster, or null when the workbook has no Team tab.</summary>
    public static TeamRoster? Read(WorkbookPart workbook, CellReader reader)
    {
        if (LeadsTab.Find(workbook, SheetLayout.TeamTab) is not { } tab)
            return null;
        var header = tab.Header(reader);
        return TeamRoster.Read(header, tab.Rows.Where(r => r.Number > 1).Select(r => LeadsTab.Values(r.Row, reader, header.Count)));
    }

    /// <summary>Adds the tab with the configured members when it is missing; true when it did.</summary>
    public static bool Add(WorkbookPart workbook, SheetLayout layout)
    {
        if (LeadsTab.Find(workbook, SheetLayout.TeamTab) is not null)
            return false;
        var tab = LeadsTab.Add(workbook, SheetLayout.TeamTab);
        var styles = new WorkbookStyles(workbook);
        var writer = new CellWriter(styles, date1904: false);
        for (var column = 0; column < TeamRoster.Header.Count; column++)
        {
            var cell = tab.CellAtOrNew(1, column);
            writer.Write(cell, CellValue.Text(TeamRoster.Header[column]));
            var bold = styles.Bold(cell.StyleIndex?.Value ?? 0);
            cell.StyleIndex = bold == 0 ? null : bold;
        }
        var members = layout.Team ?? [];
        for (var i = 0; i < members.Count; i++)
        {
            writer.Write(tab.CellAtOrNew(i + 2, 0), CellValue.Text(members[i].Name));
            writer.Write(tab.CellAtOrNew(i + 2, 1), CellValue.Text(members[i].Email));
        }
        FrozenHeader.Ensure(tab.Worksheet);
        return true;
    }
}
