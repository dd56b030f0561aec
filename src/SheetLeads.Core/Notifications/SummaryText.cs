using System.Globalization;
using SheetLeads.Core.Sheet;
using SheetLeads.Core.Summary;

namespace SheetLeads.Core.Notifications;

/// <summary>A Summary value as a mail shows it: the same figure the tab shows, in words a person reads.</summary>
internal static class SummaryText
{
    public static string Of(SummaryCell cell)
    {
        var value = cell.Value;
        if (value.IsEmpty)
            return "–";
        return cell.Format switch
        {
            SummaryFormat.Count when value.Kind == CellKind.Number => value.NumberValue.ToString("0", CultureInfo.InvariantCulture),
            SummaryFormat.Hours when value.Kind == CellKind.Number => value.NumberValue.ToString("0.0", CultureInfo.InvariantCulture),
            SummaryFormat.Percent when value.Kind == CellKind.Number => (value.NumberValue * 100).ToString("0", CultureInfo.InvariantCulture) + "%",
            _ => value.AsText(),
        };
    }
}
