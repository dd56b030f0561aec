using SheetLeads.Core.Intake;
using SheetLeads.Worker.Forms;

namespace SheetLeads.Worker.Tests.Forms;

public class GenericFormPresetTests
{
    private readonly GenericFormPreset _preset = new();

    [Fact]
    public void One_submission_gives_its_id_time_form_and_fields_in_file_order()
    {
        var page = FormFixtures.Page(_preset, "generic/submission.json");

        var submission = Assert.Single(page.Submissions);
        Assert.Equal("web-2041", submission.Id);
        Assert.Equal(new FormTimestamp(new DateTime(2026, 3, 29, 0, 45, 0), TimeSpan.FromHours(1)), submission.SubmittedAt);
        Assert.Equal("Contact us", submission.Form);
        Assert.Equal(["Full name", "Email address", "Telephone", "Your message", "Preferred contact", "Number of bathrooms",
            "Happy to be contacted on weekends", "Extra"], submission.Fields.Select(f => f.Label));
    }

    [Fact]
    public void Numbers_booleans_lists_and_objects_become_readable_text()
    {
        var submission = Assert.Single(FormFixtures.Page(_preset, "generic/submission.json").Submissions);

        Assert.Equal("Phone, Email", submission.Field("Preferred contact").Value);
        Assert.Equal("2", submission.Field("Number of bathrooms").Value);
        Assert.Equal("Yes", submission.Field("Happy to be contacted on weekends").Value);
        Assert.Equal("floor: 2nd, lift: No", submission.Field("Extra").Value);
    }

    [Fact]
    public void Empty_and_null_answers_are_not_fields()
    {
        var submission = Assert.Single(FormFixtures.Page(_preset, "generic/submission.json").Submissions);

        Assert.False(submission.Has("Left empty"));
        Assert.False(submission.Has("Not given"));
    }

    [Fact]
    public void An_array_of_submissions_is_read_and_an_entry_that_is_not_one_is_rejected()
    {
        var page = FormFixtures.Page(_preset, "generic/list.json");

        Assert.Equal(["7001", "7002"], page.Submissions.Select(s => s.Id));
        var rejected = Assert.Single(page.Rejected);
        Assert.Equal(3, rejected.Position);
        Assert.StartsWith("sha256:", rejected.ExternalId, StringComparison.Ordinal);
        Assert.Equal("entry 3 is not a generic form submission: no 'fields' object", rejected.Problem);
    }

    [Fact]
    public void A_time_without_a_zone_keeps_no_offset()
    {
        var page = FormFixtures.Page(_preset, "generic/list.json");

        Assert.Equal(new FormTimestamp(new DateTime(2026, 5, 4, 16, 20, 0), null), page.Submissions[0].SubmittedAt);
    }

    [Fact]
    public void Fields_given_as_label_value_pairs_keep_a_repeated_label()
    {
        var page = FormFixtures.Page(_preset, "generic/list.json");

        Assert.Equal(["07700 900314", "07700 900315"], page.Submissions[1].Fields.Where(f => f.Label == "Phone").Select(f => f.Value));
    }

    [Fact]
    public void An_items_wrapper_is_read_like_an_array()
    {
        var page = FormFixtures.Page(_preset, "generic/items.json");

        Assert.Equal(["i-1", "i-2"], page.Submissions.Select(s => s.Id));
        Assert.Equal(new FormTimestamp(new DateTime(2026, 6, 1, 8, 5, 0), TimeSpan.Zero), page.Paging.Newest);
    }

    [Fact]
    public void A_submission_without_an_id_gets_the_same_digest_however_its_json_is_laid_out()
    {
        var first = Assert.Single(FormFixtures.Page(_preset, "generic/no-id.json").Submissions);
        var second = Assert.Single(FormFixtures.Page(_preset, "generic/no-id-reformatted.json").Submissions);

        Assert.StartsWith("sha256:", first.Id, StringComparison.Ordinal);
        Assert.Equal(39, first.Id.Length);
        Assert.Equal(first.Id, second.Id);
    }

    [Fact]
    public void An_object_without_fields_is_not_a_generic_submission()
    {
        var e = Assert.Throws<FormShapeException>(() => _preset.Parse(FormFixtures.Json("bad/not-found.json")));

        Assert.Equal("not a generic form submission: no 'fields' object", e.Message);
    }

    [Fact]
    public void A_bare_string_is_not_a_generic_submission()
    {
        var e = Assert.Throws<FormShapeException>(() => _preset.Parse(FormFixtures.Parse("\"hello\"")));

        Assert.Equal("not a generic form submission: the JSON is a string, not an object", e.Message);
    }
}
