using SheetLeads.Core.Intake;
using SheetLeads.Worker.Forms;

namespace SheetLeads.Worker.Tests.Forms;

public class TallyPresetTests
{
    private readonly TallyPreset _preset = new();
    private readonly FormPage _page = FormFixtures.Page(new TallyPreset(), "tally/submissions-page.json");

    [Fact]
    public void Answers_are_labelled_by_their_question_title()
    {
        var submission = _page.Submissions[0];

        Assert.Equal("T0kA1", submission.Id);
        Assert.Equal(["Your name", "Where can we reach you?", "Best number", "Which rooms?", "Photos", "Tell us more"],
            submission.Fields.Select(f => f.Label));
    }

    [Fact]
    public void Email_and_phone_question_types_are_hints()
    {
        var submission = _page.Submissions[0];

        Assert.Equal(LeadField.Email, submission.Field("Where can we reach you?").Hint);
        Assert.Equal(LeadField.Phone, submission.Field("Best number").Hint);
        Assert.Null(submission.Field("Your name").Hint);
    }

    [Fact]
    public void Lists_and_uploaded_files_become_text()
    {
        var submission = _page.Submissions[0];

        Assert.Equal("Kitchen, Utility room", submission.Field("Which rooms?").Value);
        Assert.Equal("leak.jpg (https://storage.tally.so/private/leak.jpg)", submission.Field("Photos").Value);
    }

    [Fact]
    public void Hidden_fields_are_not_answers()
    {
        Assert.DoesNotContain(_page.Submissions[0].Fields, f => f.Value == "facebook-ad");
    }

    [Fact]
    public void An_answer_written_as_value_is_read_like_one_written_as_answer()
    {
        var submission = _page.Submissions[1];

        Assert.Equal("Dan Shaw", submission.Field("Your name").Value);
        Assert.Equal("0161 496 0100", submission.Field("Best number").Value);
    }

    [Fact]
    public void An_answer_to_an_unknown_question_is_kept_under_its_question_id()
    {
        Assert.Equal("An answer to a question no longer on the form", _page.Submissions[1].Field("qUnknown").Value);
    }

    [Fact]
    public void A_partial_submission_is_left_out_and_one_without_responses_is_rejected()
    {
        Assert.Equal(["T0kA1", "T0kA2"], _page.Submissions.Select(s => s.Id));
        Assert.Equal(1, _page.LeftOut);
        Assert.Equal("entry 4 is not a Tally submission: no 'responses' array", Assert.Single(_page.Rejected).Problem);
    }

    [Fact]
    public void Has_more_asks_for_the_next_page_number()
    {
        Assert.True(_page.Paging.HasMore);
        Assert.Equal(new FormCursor(FormCursorKind.Page, "3"), _page.Paging.Next);
        Assert.Equal(104, _page.Paging.Total);
        Assert.Equal(new FormTimestamp(new DateTime(2026, 7, 8, 13, 14, 15), TimeSpan.Zero), _page.Paging.Newest);
    }

    [Fact]
    public void A_page_without_submissions_is_not_a_tally_page()
    {
        var e = Assert.Throws<FormShapeException>(() => _preset.Parse(FormFixtures.Json("typeform/responses-page.json")));

        Assert.Equal("not a Tally submissions page: no 'submissions' array", e.Message);
    }
}
