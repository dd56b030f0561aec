using System.Text;
using SheetLeads.Worker.Mail;

namespace SheetLeads.Worker.Tests.Mail;

public class RawMailRepairTests
{
    private static string Prepare(string text) => Encoding.ASCII.GetString(RawMailRepair.Prepare(Encoding.ASCII.GetBytes(text)).Span);

    [Fact]
    public void A_folded_header_field_longer_than_the_limit_is_cut_and_the_rest_of_the_message_kept()
    {
        var folded = string.Concat(Enumerable.Repeat(" =?utf-8?q?Zypernsonne_qu=C3=A4lte_Max?=\r\n", 50_000));
        var raw = "From: a@example.org\r\nSubject: start\r\n" + folded + "To: b@example.org\r\n\r\nBody\r\n";

        var prepared = Prepare(raw);

        var subject = prepared[prepared.IndexOf("Subject:", StringComparison.Ordinal)..prepared.IndexOf("To:", StringComparison.Ordinal)];
        Assert.InRange(subject.Length, RawMailRepair.FieldLimit - 100, RawMailRepair.FieldLimit);
        Assert.EndsWith("To: b@example.org\r\n\r\nBody\r\n", prepared, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_header_line_longer_than_the_limit_is_cut_to_the_limit()
    {
        var raw = "From: a@example.org\r\nSubject: " + new string('x', 3 * RawMailRepair.FieldLimit) + "\r\n\r\nBody\r\n";

        var prepared = Prepare(raw);

        var subjectLine = prepared.Split("\r\n")[1];
        Assert.Equal(RawMailRepair.FieldLimit, subjectLine.Length);
        Assert.EndsWith("\r\n\r\nBody\r\n", prepared, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_body_line_is_not_touched()
    {
        var raw = "From: a@example.org\r\n\r\n" + new string('y', 3 * RawMailRepair.FieldLimit) + "\r\n";

        Assert.Equal(raw, Prepare(raw));
    }

    [Fact]
    public void Lone_CR_line_ends_become_line_feeds()
    {
        Assert.Equal("From: a@example.org\nSubject: s\n\nBody\n", Prepare("From: a@example.org\rSubject: s\r\rBody\r"));
    }

    [Fact]
    public void Blank_lines_before_the_first_header_are_skipped_only_when_a_header_follows()
    {
        Assert.Equal("From: a@example.org\r\n\r\nBody", Prepare("\r\n \r\nFrom: a@example.org\r\n\r\nBody"));
        Assert.Equal("\r\nJust text\r\n", Prepare("\r\nJust text\r\n"));
    }
}
