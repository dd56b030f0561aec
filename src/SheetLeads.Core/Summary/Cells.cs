using System.Globalization;
using SheetLeads.Core.Sheet;

namespace SheetLeads.Core.Summary;

/// <summary>The Summary's cells: counts, hours with one decimal, shares, links to lead rows. An empty set of
/// values gives an empty cell, never a 0 that reads like a measurement.</summary>
internal static class Cells
{
    public static SummaryCell Text(string text) => SummaryCell.Text(text);

    public static SummaryCell Count(int count) => SummaryCell.Count(count);

    /// <summary>
    /// Hours, shown with one decimal (SPEC §6) by the cell's number format. The value itself is not rounded, so
    /// anyone recomputing it gets exactly the same number, and a rounding rule of their own gives the same display.
    /// </summary>
    public static SummaryCell Hours(double? hours) =>
        new(hours is { } h ? CellValue.Number(h) : CellValue.Empty, SummaryFormat.Hours);

    /// <summary>The share <paramref name="part"/> of <paramref name="whole"/>, as a fraction shown as a percentage.</summary>
    public static SummaryCell Share(int part, int whole) =>
        new(whole == 0 ? CellValue.Empty : CellValue.Number((double)part / whole), SummaryFormat.Percent);

    public static SummaryCell Date(DateOnly? date) =>
        new(date is { } d ? CellValue.Date(d) : CellValue.Empty, SummaryFormat.Date);

    public static SummaryCell DateTime(DateTime? local, LeadLink? link = null) =>
        new(local is { } l ? CellValue.DateTime(l) : CellValue.Empty, SummaryFormat.DateTime, link);

    /// <summary>The lead's ID and name, linked to its row (a row without a Lead ID is named by its number).</summary>
    public static SummaryCell Lead(Leads.Lead lead)
    {
        var id = lead.Id?.ToString() ?? "row " + lead.Row.RowNumber.ToString(CultureInfo.InvariantCulture);
        var text = lead.Name.Length > 0 ? id + " " + lead.Name : id;
        return new SummaryCell(CellValue.Text(text), SummaryFormat.Plain, Link(lead));
    }

    public static LeadLink? Link(Leads.Lead lead) => lead.Id is { } id ? new LeadLink(id, lead.Row.RowNumber) : null;

    /// <summary>A blank cell of the Owner, Source or Status column, named so the row still reads.</summary>
    public static string Named(string text, string blank) => string.IsNullOrWhiteSpace(text) ? blank : text.Trim();
}
