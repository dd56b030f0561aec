using SheetLeads.Core.Intake;
using SheetLeads.Worker.Forms;

namespace SheetLeads.Worker.Tests.Forms;

public class FormspreePresetTests
{
    private readonly FormspreePreset _preset = new();
    private readonly FormPage _page = FormFixtures.Page(new FormspreePreset(), "formspree/submissions-page.json");

    [Fact]
    public void The_id_is_underscore_id_written_as_a_number_or_a_string()
    {
        Assert.Equal(["3301", "3300"], _page.Submissions.Select(s => s.Id));
    }

    [Fact]
    public void Underscore_date_has_no_zone_so_the_time_keeps_no_offset()
    {
        Assert.Equal(new FormTimestamp(new DateTime(2026, 9, 2, 8, 15, 42, 118).AddTicks(2040), null), _page.Submissions[0].SubmittedAt);
    }

    [Fact]
    public void Fields_follow_the_page_field_order_and_fields_not_listed_come_after()
    {
        Assert.Equal(["full_name", "email", "telephone", "message", "budget"], _page.Submissions[0].Fields.Select(f => f.Label));
    }

    [Fact]
    public void Formspree_metadata_never_becomes_an_answer()
    {
        var all = _page.Submissions.SelectMany(s => s.Fields).ToArray();

        Assert.DoesNotContain(all, f => f.Label.StartsWith('_'));
        Assert.DoesNotContain(all, f => f.Value.Contains("delivered", StringComparison.Ordinal));
        Assert.DoesNotContain(all, f => f.Value == "Website enquiry");
    }

    [Fact]
    public void A_valid_replyto_address_is_an_email_hint()
    {
        Assert.Equal(new FormField("Reply-To", "noah.webb@example.com", LeadField.Email), _page.Submissions[1].Field("Reply-To"));
    }

    [Fact]
    public void A_tally_page_is_not_read_as_formspree_submissions()
    {
        var e = Assert.Throws<FormShapeException>(() => _preset.Parse(FormFixtures.Json("tally/submissions-page.json")));

        Assert.Equal("not a Formspree submissions page: no submission carries Formspree's '_date' or '_id'", e.Message);
    }

    [Fact]
    public void A_page_says_nothing_about_more_pages_but_gives_the_newest_time_for_since()
    {
        Assert.False(_page.Paging.HasMore);
        Assert.Equal(new FormTimestamp(new DateTime(2026, 9, 2, 8, 15, 42, 118).AddTicks(2040), null), _page.Paging.Newest);
    }

    [Fact]
    public void A_submission_without_an_id_keeps_its_digest_when_only_its_delivery_status_changes()
    {
        static string Id(string status)
        {
            using var document = System.Text.Json.JsonDocument.Parse($$"""
                { "fields": ["_date", "email", "message", "_status"], "submissions": [
                  { "_date": "2026-11-20T09:15:00.707632", "email": "ann@example.org", "message": "Boiler service", "_status": {{status}} } ] }
                """);
            return Assert.Single(new FormspreePreset().Parse(document.RootElement).Submissions).Id;
        }

        var sent = Id("""{ "owner@example.org": { "processed": true } }""");
        var delivered = Id("""{ "owner@example.org": { "processed": true, "delivered": true } }""");

        Assert.StartsWith("sha256:", sent, StringComparison.Ordinal);
        Assert.Equal(sent, delivered);
    }
}
