using System.Text.RegularExpressions;

namespace SheetLeads.Core.Intake;

/// <summary>
/// Reads the <c>Label: value</c> lines of a website-form notification (SPEC §1), and the <c>Label⇥value</c> rows an
/// HTML table of fields becomes. A label with nothing after the colon takes the lines below it as its value
/// (Contact Form 7's "Message Body:"); a message field's value, and a table row's, also runs on over unlabelled lines
/// up to a blank line.
/// </summary>
public static partial class LabelledLines
{
    /// <summary>The labelled answers found, in order.</summary>
    public static IReadOnlyList<FormField> Parse(string text, FieldLabels labels)
    {
        var lines = text.Split('\n');
        var fields = new List<FormField>();
        for (var i = 0; i < lines.Length; i++)
        {
            var match = LabelLine().Match(lines[i]);
            if (!match.Success)
                continue;
            var label = match.Groups["label"].Value.Trim();
            var value = match.Groups["value"].Value.Trim();
            var tabbed = match.Groups["sep"].Value == "\t";
            var field = labels.Match(label);
            // A table cell typed over several lines continues on the lines below its row (see HtmlText): keep them.
            if (tabbed || value.Length == 0 || field == LeadField.Message)
            {
                var stopAtBlank = value.Length > 0 || tabbed;
                var more = new List<string>();
                var j = i + 1;
                for (; j < lines.Length; j++)
                {
                    var next = lines[j];
                    if (stopAtBlank && next.Trim().Length == 0)
                        break;
                    if (IsLabelLine(next, labels))
                        break;
                    more.Add(next);
                }
                if (more.Count > 0)
                {
                    value = (value + "\n" + string.Join('\n', more)).Trim();
                    i = j - 1;
                }
            }
            fields.Add(new FormField(label, value));
        }
        return fields;
    }

    // A continuation stops at the next line whose label is one the mapping knows, or that looks like a form row.
    private static bool IsLabelLine(string line, FieldLabels labels)
    {
        var m = LabelLine().Match(line);
        return m.Success && (m.Groups["sep"].Value == "\t" || labels.Match(m.Groups["label"].Value) is not null);
    }

    // A label: starts with a letter, at most 60 characters, no sentence punctuation, then ':' or a tab; "https://"
    // is a link, not a label.
    [GeneratedRegex(@"^\s*(?<label>\p{L}[^:\t.!,;<>@/]{0,59}?)\s*(?<sep>:(?!//)|\t)[ \t]*(?<value>.*)$")]
    private static partial Regex LabelLine();
}
