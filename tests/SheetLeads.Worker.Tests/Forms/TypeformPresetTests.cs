using SheetLeads.Core.Intake;
using SheetLeads.Worker.Forms;

namespace SheetLeads.Worker.Tests.Forms;

public class TypeformPresetTests
{
    private readonly TypeformPreset _preset = new();
    private readonly FormPage _page = FormFixtures.Page(new TypeformPreset(), "typeform/responses-page.json");

    [Fact]
    public void A_response_is_identified_by_its_token_and_timed_by_submitted_at()
    {
        var response = _page.Submissions[0];

        Assert.Equal("a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6", response.Id);
        Assert.Equal(new FormTimestamp(new DateTime(2026, 4, 14, 10, 3, 40), TimeSpan.Zero), response.SubmittedAt);
    }

    [Fact]
    public void Answers_are_labelled_by_their_field_ref()
    {
        var response = _page.Submissions[0];

        Assert.Equal(["name", "contact", "callback", "job_type", "rooms", "owner", "radiators", "visit_date", "listing", "photo", "details"],
            response.Fields.Select(f => f.Label));
    }

    [Fact]
    public void Email_and_phone_answer_types_are_hints_whatever_the_ref()
    {
        var response = _page.Submissions[0];

        Assert.Equal(new FormField("contact", "olu.adeyemi@example.com", LeadField.Email), response.Field("contact"));
        Assert.Equal(new FormField("callback", "+447700900612", LeadField.Phone), response.Field("callback"));
        Assert.Null(response.Field("name").Hint);
    }

    [Fact]
    public void Choices_booleans_numbers_dates_and_links_become_text()
    {
        var response = _page.Submissions[0];

        Assert.Equal("Boiler repair", response.Field("job_type").Value);
        Assert.Equal("Kitchen, Loft, Garage", response.Field("rooms").Value);
        Assert.Equal("Yes", response.Field("owner").Value);
        Assert.Equal("6", response.Field("radiators").Value);
        Assert.Equal("2026-04-20", response.Field("visit_date").Value);
        Assert.Equal("https://example.com/flat-12", response.Field("listing").Value);
        Assert.EndsWith("/files/boiler.jpg", response.Field("photo").Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Hidden_fields_calculated_values_and_metadata_are_not_answers()
    {
        var values = string.Join("\n", _page.Submissions[0].Fields.Select(f => f.Label + " " + f.Value));

        Assert.DoesNotContain("newsletter", values, StringComparison.Ordinal);
        Assert.DoesNotContain("spring-boilers", values, StringComparison.Ordinal);
        Assert.DoesNotContain("Firefox", values, StringComparison.Ordinal);
        Assert.DoesNotContain("score", values, StringComparison.Ordinal);
    }

    [Fact]
    public void A_partial_response_is_left_out_and_counted()
    {
        Assert.DoesNotContain(_page.Submissions, s => s.Id == "z1x2c3v4b5n6m7l8k9j0h1g2f3d4s5a6");
        Assert.Equal(1, _page.LeftOut);
    }

    [Fact]
    public void An_entry_that_is_not_a_response_is_rejected_with_its_position()
    {
        var rejected = Assert.Single(_page.Rejected);

        Assert.Equal(4, rejected.Position);
        Assert.Equal("entry 4 is not a Typeform response: no 'token' or 'answers'", rejected.Problem);
    }

    [Fact]
    public void Page_count_above_one_means_more_before_the_last_token()
    {
        Assert.True(_page.Paging.HasMore);
        Assert.Equal(new FormCursor(FormCursorKind.Before, "z1x2c3v4b5n6m7l8k9j0h1g2f3d4s5a6"), _page.Paging.Next);
        Assert.Equal(9, _page.Paging.Total);
        Assert.Equal(new FormTimestamp(new DateTime(2026, 4, 14, 10, 3, 40), TimeSpan.Zero), _page.Paging.Newest);
    }

    [Fact]
    public void The_last_page_has_no_next_cursor()
    {
        var page = _preset.Parse(FormFixtures.Parse("""{ "total_items": 0, "page_count": 1, "items": [] }"""));

        Assert.Empty(page.Submissions);
        Assert.False(page.Paging.HasMore);
        Assert.Null(page.Paging.Next);
    }

    [Fact]
    public void A_page_without_items_is_not_a_typeform_page()
    {
        var e = Assert.Throws<FormShapeException>(() => _preset.Parse(FormFixtures.Json("bad/not-found.json")));

        Assert.Equal("not a Typeform responses page: no 'items' array", e.Message);
    }
}
