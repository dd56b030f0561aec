using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SheetLeads.Worker.Tests.EndToEnd;

/// <summary>Types text into cells of the Leads tab and saves, as a person would in a spreadsheet program.</summary>
internal static class PersonEdits
{
    public static void Type(string path, IEnumerable<(int Row, int Column, string Text)> edits)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: true);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Leads");
        var data = ((WorksheetPart)workbook.GetPartById(sheet.Id!.Value!)).Worksheet.GetFirstChild<SheetData>()!;
        foreach (var (rowNumber, column, text) in edits)
        {
            var row = data.Elements<Row>().FirstOrDefault(r => r.RowIndex!.Value == (uint)rowNumber);
            if (row is null)
            {
                row = new Row { RowIndex = (uint)rowNumber };
                var after = data.Elements<Row>().LastOrDefault(r => r.RowIndex!.Value < (uint)rowNumber);
                if (after is null)
                    data.PrependChild(row);
                else
                    after.InsertAfterSelf(row);
            }
            var reference = ColumnName(column) + rowNumber;
            var cell = row.Elements<Cell>().FirstOrDefault(c => c.CellReference!.Value == reference);
            if (cell is null)
            {
                cell = new Cell { CellReference = reference };
                var before = row.Elements<Cell>().FirstOrDefault(c => ColumnIndex(c.CellReference!.Value!) > column);
                if (before is null)
                    row.AppendChild(cell);
                else
                    before.InsertBeforeSelf(cell);
            }
            cell.RemoveAllChildren();
            cell.CellFormula = null;
            cell.DataType = CellValues.InlineString;
            cell.AppendChild(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        }
        document.Save();
    }

    private static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
            name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    private static int ColumnIndex(string reference)
    {
        var n = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
            n = n * 26 + (c - 'A' + 1);
        return n - 1;
    }
}
