using SheetLeads.Core.Intake;
using SheetLeads.Worker.Forms;

namespace SheetLeads.Worker.Tests.Forms;

public class JotFormPresetTests
{
    private readonly JotFormPreset _preset = new();
    private readonly FormPage _page = FormFixtures.Page(new JotFormPreset(), "jotform/submissions-page.json");

    [Fact]
    public void Answers_come_in_form_order_without_headings_buttons_text_or_unanswered_questions()
    {
        var submission = _page.Submissions[0];

        Assert.Equal(["Your name", "E-mail", "Phone Number", "Property address", "Appliances", "Preferred date", "Anything else we should know?"],
            submission.Fields.Select(f => f.Label));
    }

    [Fact]
    public void Created_at_has_no_zone_so_the_time_keeps_no_offset()
    {
        Assert.Equal(new FormTimestamp(new DateTime(2026, 10, 25, 1, 30, 0), null), _page.Submissions[0].SubmittedAt);
    }

    [Fact]
    public void A_full_name_without_pretty_format_is_first_and_last_joined_and_hinted_as_name()
    {
        Assert.Equal(new FormField("Your name", "Grace Okafor", LeadField.Name), _page.Submissions[0].Field("Your name"));
    }

    [Fact]
    public void Email_and_phone_controls_are_hints_and_a_phone_without_full_uses_pretty_format()
    {
        var submission = _page.Submissions[0];

        Assert.Equal(LeadField.Email, submission.Field("E-mail").Hint);
        Assert.Equal(new FormField("Phone Number", "(0113) 4960555", LeadField.Phone), submission.Field("Phone Number"));
    }

    [Fact]
    public void An_address_becomes_its_parts_on_one_line()
    {
        Assert.Equal("3 Canal Wharf, Leeds, LS11 5PS, United Kingdom", _page.Submissions[0].Field("Property address").Value);
    }

    [Fact]
    public void Lists_are_joined_and_other_objects_use_pretty_format()
    {
        var submission = _page.Submissions[0];

        Assert.Equal("Boiler, Hob", submission.Field("Appliances").Value);
        Assert.Equal("10-28-2026", submission.Field("Preferred date").Value);
    }

    [Fact]
    public void A_deleted_submission_is_left_out_and_one_with_no_answers_is_still_taken()
    {
        Assert.Equal(["5900112233445566778", "5900112233445566780"], _page.Submissions.Select(s => s.Id));
        Assert.Empty(_page.Submissions[1].Fields);
        Assert.Equal(1, _page.LeftOut);
    }

    [Fact]
    public void A_full_result_set_asks_for_the_next_offset()
    {
        Assert.True(_page.Paging.HasMore);
        Assert.Equal(new FormCursor(FormCursorKind.Offset, "23"), _page.Paging.Next);
    }

    [Fact]
    public void An_error_answer_says_what_jotform_answered()
    {
        var e = Assert.Throws<FormShapeException>(() => _preset.Parse(FormFixtures.Json("bad/jotform-error.json")));

        Assert.Equal("not a JotForm submissions page: JotForm answered 401 (You're not authorized to use (/form-id-submissions))", e.Message);
    }
}
