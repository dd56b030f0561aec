using System.Security.Cryptography;
using System.Text;
using SheetLeads.Core.Summary;

namespace SheetLeads.Worker.Summary;

/// <summary>
/// A digest of everything a Summary shows except the time it was computed: two reports with the same fingerprint
/// show the same figures, so the second need not be written.
/// </summary>
internal static class SummaryFingerprint
{
    public static string Of(SummaryReport report)
    {
        var text = new StringBuilder();
        foreach (var alert in report.Alerts)
            text.Append("alert\t").Append(alert).Append('\n');
        foreach (var figure in report.KeyFigures)
            Cell(text.Append(figure.Label).Append('\t'), figure.Value).Append('\n');
        foreach (var table in report.Tables.Append(report.WeeklyBySource))
        {
            text.Append("table\t").Append(table.Title).Append('\t').AppendJoin('\t', table.Header).Append('\n');
            foreach (var row in table.Rows)
            {
                foreach (var cell in row)
                    Cell(text, cell).Append('\t');
                text.Append('\n');
            }
        }
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static StringBuilder Cell(StringBuilder text, SummaryCell cell) =>
        text.Append(cell.Value.Kind).Append(':').Append(cell.Value.AsText().Replace("\t", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal))
            .Append(':').Append(cell.Format).Append(':').Append(cell.Link?.Id.ToString()).Append('@').Append(cell.Link?.RowNumber)
            .Append(':').Append(cell.Highlight);
}
