using System.Text.RegularExpressions;

namespace SheetLeads.Core.Intake;

/// <summary>
/// Finds the forwarded message inside a forward (SPEC §1 step 6): Gmail's "---------- Forwarded message
/// ---------", Apple Mail's "Begin forwarded message:", or Outlook's "From:/Sent:/To:/Subject:" block under an
/// <c>FW:</c> subject, each followed by the original sender.
/// </summary>
/// <param name="From">The original sender.</param>
/// <param name="Body">The forwarded text below its header block.</param>
public sealed partial record ForwardedBlock(MailAddress From, string Body)
{
    /// <summary>The forwarded block of a body, if the mail is a forward.</summary>
    public static ForwardedBlock? Find(string body, string? subject)
    {
        var lines = body.Split('\n');
        var forwardSubject = subject is not null && ForwardSubject().IsMatch(subject);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            int headerStart;
            if (ExplicitMarker().IsMatch(line) || (forwardSubject && OriginalMarker().IsMatch(line)))
                headerStart = i + 1;
            else if (forwardSubject && IsHeaderField(line, "From"))
                headerStart = i;
            else
                continue;
            var block = ReadHeaderBlock(lines, headerStart);
            if (block is not null)
                return block;
        }
        return null;
    }

    private static ForwardedBlock? ReadHeaderBlock(string[] lines, int start)
    {
        var i = start;
        while (i < lines.Length && lines[i].Trim().Length == 0)
            i++;
        MailAddress? from = null;
        var sawOther = false;
        var fields = 0;
        for (; i < lines.Length && fields < 12; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
                break;
            var m = HeaderField().Match(line);
            if (!m.Success)
            {
                if (fields == 0)
                    return null;
                continue; // a wrapped header value
            }
            fields++;
            if (m.Groups["name"].Value.Equals("From", StringComparison.OrdinalIgnoreCase))
                from ??= ParseAddress(m.Groups["value"].Value);
            else
                sawOther = true;
        }
        if (from is null || !sawOther)
            return null;
        return new ForwardedBlock(from, string.Join('\n', lines.Skip(i)).Trim());
    }

    // "Kevin Hughes <kev@example.com>", "Sandra Lloyd [mailto:sandra@example.com]", "kev@example.com".
    /// <summary>RFC 5322's longest line: a longer "From:" line is no mailer's, and searching it for an address would take
    /// time that grows with the square of its length.</summary>
    private const int LongestLine = 998;

    private static MailAddress? ParseAddress(string value)
    {
        if (value.Length > LongestLine)
            return null;
        var m = AddressInValue().Match(value);
        if (!m.Success)
            return null;
        var name = value[..m.Index].Trim().Trim('"', '\'', ' ').Trim();
        return new MailAddress(name.Length > 0 ? name : null, m.Groups["addr"].Value);
    }

    private static bool IsHeaderField(string line, string name)
    {
        var m = HeaderField().Match(line);
        return m.Success && m.Groups["name"].Value.Equals(name, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"^(re:\s*)*(fwd?|fw|tr|wg|rv|enc|vs|doorst)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex ForwardSubject();

    [GeneratedRegex(@"^(-{2,}\s*Forwarded message\s*-{2,}|Begin forwarded message\s*:?|-{2,}\s*Weitergeleitete Nachricht\s*-{2,}|-{2,}\s*Message transféré\s*-{2,})$", RegexOptions.IgnoreCase)]
    private static partial Regex ExplicitMarker();

    [GeneratedRegex(@"^(-{2,}\s*Original Message\s*-{2,}|_{10,})$", RegexOptions.IgnoreCase)]
    private static partial Regex OriginalMarker();

    [GeneratedRegex(@"^\*?(?<name>From|Sent|Date|To|Cc|Subject|Reply-To)\*?\s*:\*?\s*(?<value>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderField();

    [GeneratedRegex(@"[<\[(]?(mailto:)?(?<addr>[^\s<>\[\]()""']+@[^\s<>\[\]()""']+\.[^\s<>\[\]()""']+)[>\])]?")]
    private static partial Regex AddressInValue();
}
