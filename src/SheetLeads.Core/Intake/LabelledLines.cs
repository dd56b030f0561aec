using System.Text.RegularExpressions;

namespace SheetLeads.Core.Intake;

/// <summary>
/// Reads the <c>Label: value</c> lines of a website-form notification (SPEC §1), and what an HTML table of fields
/// becomes: <c>Label⇥value</c> rows (label and value cells side by side, as Wix sends them) or a known label alone
/// on its line with the value on the next (label row above value row, as Gravity Forms and WPForms send them). A
/// label with nothing after the colon takes the lines below it as its value (Contact Form 7's "Message Body:");
/// a message field's value, and a table row's, also runs on over unlabelled lines up to a blank line.
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
            string label, value;
            var runsOn = false;
            var stopAtBlank = false;
            var match = LabelLine().Match(lines[i]);
            if (match.Success)
            {
                label = match.Groups["label"].Value.Trim();
                value = match.Groups["value"].Value.Trim();
                var tabbed = match.Groups["sep"].Value == "\t";
                // A table cell typed over several lines continues on the lines below its row (see HtmlText): keep them.
                runsOn = tabbed || value.Length == 0 || labels.Match(label) == LeadField.Message;
                stopAtBlank = value.Length > 0 || tabbed;
            }
            else if (IsBareLabel(lines[i], labels) && i + 1 < lines.Length && lines[i + 1].Trim().Length > 0 && !IsLabelLine(lines[i + 1], labels))
            {
                label = lines[i].Trim();
                value = lines[++i].Trim();
                runsOn = labels.Match(label) == LeadField.Message;
                stopAtBlank = false;
            }
            else
            {
                continue;
            }
            if (runsOn)
            {
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

    // A continuation stops at the next line whose label is one the mapping knows, that looks like a form row, or
    // that is a known label on its own.
    private static bool IsLabelLine(string line, FieldLabels labels)
    {
        var m = LabelLine().Match(line);
        return (m.Success && (m.Groups["sep"].Value == "\t" || labels.Match(m.Groups["label"].Value) is not null))
            || IsBareLabel(line, labels);
    }

    private static bool IsBareLabel(string line, FieldLabels labels)
    {
        var t = line.Trim();
        return t.Length is > 0 and <= 60 && labels.Match(t) is not null;
    }

    // A label: starts with a letter, at most 60 characters, no sentence punctuation, then ':' or a tab; "https://"
    // is a link, not a label.
    [GeneratedRegex(@"^\s*(?<label>\p{L}[^:\t.!,;<>@/]{0,59}?)\s*(?<sep>:(?!//)|\t)[ \t]*(?<value>.*)$")]
    private static partial Regex LabelLine();
}
