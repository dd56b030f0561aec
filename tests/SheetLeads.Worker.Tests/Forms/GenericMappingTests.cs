using System.Text.Json;
using SheetLeads.Core.Intake;
using SheetLeads.Worker.Forms;

namespace SheetLeads.Worker.Tests.Forms;

/// <summary>The generic preset with a Mapping: any JSON list read as submissions, its paging followed.</summary>
public class GenericMappingTests
{
    private const string Page = """
        { "result": { "entries": [
            { "ref": 901, "meta": { "at": "2026-11-20T10:15:00+01:00" }, "who": { "name": "Ada Price", "tel": "07700 900123" },
              "answers": [ { "label": "Postcode", "value": "M1 2AB" }, { "label": "Job", "value": "Leaking tap" } ] },
            { "ref": "", "meta": { "at": "2026-11-20T11:00:00" }, "who": { "name": "No Id" } },
            "not an entry" ] },
          "paging": { "cursor": "c-2" } }
        """;

    private static readonly GenericFormPreset Preset = new(new FormMapping(
        Items: "result.entries", Id: "ref", SubmittedAt: "meta.at", Answers: "answers",
        Fields: [("Name", "who.name"), ("Phone", "who.tel")], Next: "paging.cursor", NextParameter: "cursor", SinceParameter: "from"));

    private static FormPage Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Preset.Parse(document.RootElement);
    }

    [Fact]
    public void Mapped_fields_come_first_then_the_labelled_answers()
    {
        var submission = Parse(Page).Submissions[0];

        Assert.Equal("901", submission.Id);
        Assert.Equal(new FormTimestamp(new DateTime(2026, 11, 20, 10, 15, 0), TimeSpan.FromHours(1)), submission.SubmittedAt);
        Assert.Equal(["Name: Ada Price", "Phone: 07700 900123", "Postcode: M1 2AB", "Job: Leaking tap"], submission.Fields.Select(f => $"{f.Label}: {f.Value}"));
    }

    [Fact]
    public void An_entry_without_a_usable_id_gets_its_digest_and_a_non_object_is_rejected()
    {
        var page = Parse(Page);

        Assert.StartsWith("sha256:", page.Submissions[1].Id, StringComparison.Ordinal);
        Assert.Equal(3, Assert.Single(page.Rejected).Position);
    }

    [Fact]
    public void The_cursor_goes_into_its_parameter_and_the_since_time_into_its_own()
    {
        var endpoint = new Uri("https://partner.example.com/api/enquiries?form=quote");
        var query = new FormQuery(new FormTimestamp(new DateTime(2026, 11, 20, 9, 0, 0), TimeSpan.Zero), null);

        var first = Preset.FirstPage(endpoint, query);
        var next = Preset.NextPage(first, query, Parse(Page));

        Assert.Equal("https://partner.example.com/api/enquiries?form=quote&from=2026-11-20T09%3A00%3A00.0000000%2B00%3A00", first.AbsoluteUri);
        Assert.Equal(first.AbsoluteUri + "&cursor=c-2", next!.AbsoluteUri);
    }

    [Fact]
    public void A_page_without_the_list_is_a_shape_problem_naming_the_path()
    {
        var e = Assert.Throws<FormShapeException>(() => Parse("""{ "error": "maintenance" }"""));

        Assert.Equal("not a generic form submission list: no list at 'result.entries'", e.Message);
    }
}
