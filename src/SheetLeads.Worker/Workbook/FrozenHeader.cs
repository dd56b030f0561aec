using DocumentFormat.OpenXml.Spreadsheet;

namespace SheetLeads.Worker.Workbook;

/// <summary>Keeps the header row in view while scrolling (a frozen first row).</summary>
internal static class FrozenHeader
{
    /// <summary>Freezes row 1 unless the tab already has a split or frozen pane (the team's choice is kept); true when it froze it.</summary>
    public static bool Ensure(Worksheet worksheet)
    {
        var views = worksheet.SheetViews;
        if (views is null)
        {
            views = new SheetViews();
            worksheet.AddChild(views);
        }
        var view = views.Elements<SheetView>().FirstOrDefault();
        if (view is null)
        {
            view = new SheetView { WorkbookViewId = 0 };
            views.AppendChild(view);
        }
        if (view.Pane is not null)
            return false;
        view.Pane = new Pane
        {
            VerticalSplit = 1,
            TopLeftCell = "A2",
            ActivePane = PaneValues.BottomLeft,
            State = PaneStateValues.Frozen,
        };
        if (!view.Elements<Selection>().Any(s => s.Pane?.Value == PaneValues.BottomLeft))
            view.AddChild(new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new() { InnerText = "A2" } });
        return true;
    }
}
