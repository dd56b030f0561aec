using SheetLeads.Core.Leads;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Sheet;

namespace SheetLeads.Core.Summary;

/// <summary>One value of the Summary tab with how a person should see it.</summary>
/// <param name="Value">The value.</param>
/// <param name="Format">Its number format.</param>
/// <param name="Link">The lead row it links to, if any.</param>
/// <param name="Highlight">The row colour it is painted in (the colour legend), or none.</param>
public sealed record SummaryCell(CellValue Value, SummaryFormat Format = SummaryFormat.Plain, LeadLink? Link = null, Highlight Highlight = Highlight.None)
{
    /// <summary>Plain text.</summary>
    public static SummaryCell Text(string text) => new(CellValue.Text(text));

    /// <summary>A whole number.</summary>
    public static SummaryCell Count(int count) => new(CellValue.Number(count), SummaryFormat.Count);
}

/// <summary>How a Summary value is shown.</summary>
public enum SummaryFormat
{
    /// <summary>As it is.</summary>
    Plain,
    /// <summary>A whole number.</summary>
    Count,
    /// <summary>Hours with one decimal (<c>0.0</c>).</summary>
    Hours,
    /// <summary>A share as a percentage (the value is a fraction, 0.25 shows as 25%).</summary>
    Percent,
    /// <summary>A date.</summary>
    Date,
    /// <summary>A date and time.</summary>
    DateTime,
}

/// <summary>A link from the Summary to a lead's row.</summary>
/// <param name="Id">The lead.</param>
/// <param name="RowNumber">Its row in the Leads tab when the figures were computed.</param>
public sealed record LeadLink(LeadId Id, int RowNumber);
