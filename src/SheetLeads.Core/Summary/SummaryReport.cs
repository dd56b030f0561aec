namespace SheetLeads.Core.Summary;

/// <summary>The Summary tab's content (SPEC §6), laid out top to bottom, ready for a back end to write.</summary>
/// <param name="Alerts">Lines shown first, in red (a channel silent for three intervals, with its last error).</param>
/// <param name="KeyFigures">The <c>Key figures</c> block: label in column A, value in column B.</param>
/// <param name="Tables">The tables below it, each with a bold title row and a header row.</param>
/// <param name="WeeklyBySource">Leads per week by source, last 12 weeks: first column the week's Monday, one column per
/// source. Google draws its chart from this table; the workbook shows the table.</param>
/// <param name="UpdatedAt">When the figures were computed, in business-local wall-clock time.</param>
public sealed record SummaryReport(
    IReadOnlyList<string> Alerts,
    IReadOnlyList<SummaryFigure> KeyFigures,
    IReadOnlyList<SummaryTable> Tables,
    SummaryTable WeeklyBySource,
    DateTime UpdatedAt);

/// <summary>One line of the Key figures block.</summary>
/// <param name="Label">Exactly as SPEC §6 words it.</param>
/// <param name="Value">The figure.</param>
public sealed record SummaryFigure(string Label, SummaryCell Value);

/// <summary>A table of the Summary tab.</summary>
/// <param name="Title">Its bold title row, e.g. <c>By source</c>.</param>
/// <param name="Header">Its header row.</param>
/// <param name="Rows">Its rows, each as wide as the header.</param>
public sealed record SummaryTable(string Title, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<SummaryCell>> Rows)
{
    /// <summary>True when the column holds numbers, dates or times (shown right-aligned, so its header is too).</summary>
    public bool IsNumeric(int column) =>
        Rows.Any(r => column < r.Count && r[column].Format != SummaryFormat.Plain);
}
