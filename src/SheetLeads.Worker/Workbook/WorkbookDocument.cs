using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SheetLeads.Core.Sheet;

namespace SheetLeads.Worker.Workbook;

/// <summary>Opens and creates workbook packages in memory.</summary>
internal static class WorkbookDocument
{
    /// <summary>Opens the package in <paramref name="contents"/>; when editable, it is saved back into the stream on dispose.</summary>
    /// <exception cref="SheetUnavailableException">The bytes are not a workbook this program can read.</exception>
    public static SpreadsheetDocument Open(MemoryStream contents, bool editable, string location)
    {
        try
        {
            var document = SpreadsheetDocument.Open(contents, editable);
            if (document.WorkbookPart?.Workbook is null)
            {
                document.Dispose();
                throw new InvalidDataException("the package has no workbook part");
            }
            return document;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException)
        {
            throw new SheetUnavailableException(
                $"{location} is not a workbook SheetLeads can read ({e.Message}). Open it in a spreadsheet program and save it as .xlsx, or move it away and SheetLeads creates a new one.", e);
        }
    }

    /// <summary>A new, empty workbook package (no tabs yet) in memory.</summary>
    public static SpreadsheetDocument CreateEmpty(MemoryStream contents)
    {
        var document = SpreadsheetDocument.Create(contents, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook(
            new BookViews(new WorkbookView()),
            new Sheets());
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = WorkbookStyles.Minimal();
        return document;
    }

    /// <summary>Asks spreadsheet programs to recalculate formulas on opening, since cells they depend on changed.</summary>
    public static void RecalculateOnOpen(WorkbookPart workbook)
    {
        var properties = workbook.Workbook.GetFirstChild<CalculationProperties>();
        if (properties is null)
        {
            properties = new CalculationProperties();
            workbook.Workbook.AddChild(properties);
        }
        properties.FullCalculationOnLoad = true;
    }
}
