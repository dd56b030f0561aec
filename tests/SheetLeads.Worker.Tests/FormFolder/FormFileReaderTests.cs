using SheetLeads.Core.Intake;
using SheetLeads.Worker.FormFolder;
using SheetLeads.Worker.Forms;
using SheetLeads.Worker.Tests.Forms;

namespace SheetLeads.Worker.Tests.FormFolder;

public class FormFileReaderTests
{
    private static FormFileReading Read(string name, IFormPreset preset) =>
        FormFileReader.Read(name, "/srv/forms/" + name, FormFixtures.Bytes(name), preset);

    [Fact]
    public void Each_submission_of_a_page_is_an_item_whose_origin_names_the_file_and_id()
    {
        var reading = Read("typeform/responses-page.json", new TypeformPreset());

        var forms = reading.Items.OfType<FormItem>().ToArray();
        Assert.Equal(2, forms.Length);
        Assert.Equal("typeform/responses-page.json#a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6", forms[0].Origin);
        Assert.Equal(1, reading.LeftOut);
    }

    [Fact]
    public void A_rejected_entry_of_a_page_is_an_unreadable_item_naming_the_file_and_entry()
    {
        var reading = Read("typeform/responses-page.json", new TypeformPreset());

        var unreadable = Assert.Single(reading.Items.OfType<UnreadableItem>());
        Assert.Equal("/srv/forms/typeform/responses-page.json: entry 4 is not a Typeform response: no 'token' or 'answers'", unreadable.Problem);
        Assert.Equal("typeform/responses-page.json#4", unreadable.Origin);
    }

    [Fact]
    public void Invalid_json_is_one_unreadable_item_with_the_digest_of_the_bytes()
    {
        var reading = Read("bad/invalid.json", new GenericFormPreset());

        var item = Assert.IsType<UnreadableItem>(Assert.Single(reading.Items));
        Assert.Equal(FormIntake.DigestId(FormFixtures.Bytes("bad/invalid.json")), item.ExternalId);
        Assert.StartsWith("/srv/forms/bad/invalid.json is not valid JSON (line 1, byte ", item.Problem, StringComparison.Ordinal);
        Assert.Equal("bad/invalid.json", item.Origin);
    }

    [Fact]
    public void An_html_error_page_saved_as_json_is_not_valid_json()
    {
        var item = Assert.IsType<UnreadableItem>(Assert.Single(Read("bad/error-page.json", new TallyPreset()).Items));

        Assert.StartsWith("/srv/forms/bad/error-page.json is not valid JSON", item.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_of_the_wrong_shape_says_what_the_preset_expected()
    {
        var item = Assert.IsType<UnreadableItem>(Assert.Single(Read("tally/submissions-page.json", new TypeformPreset()).Items));

        Assert.Equal("/srv/forms/tally/submissions-page.json is not a Typeform responses page: no 'items' array", item.Problem);
    }

    [Fact]
    public void An_empty_file_is_unreadable()
    {
        var item = Assert.IsType<UnreadableItem>(Assert.Single(Read("bad/empty.json", new GenericFormPreset()).Items));

        Assert.Equal("/srv/forms/bad/empty.json is empty", item.Problem);
        Assert.Equal(FormIntake.DigestId([]), item.ExternalId);
    }

    [Fact]
    public void A_file_starting_with_a_byte_order_mark_is_read()
    {
        var item = Assert.IsType<FormItem>(Assert.Single(Read("bad/bom.json", new GenericFormPreset()).Items));

        Assert.Equal("bom-1", item.Submission.Id);
    }

    [Fact]
    public void A_generic_submission_in_a_preset_folder_is_read_as_generic()
    {
        var item = Assert.IsType<FormItem>(Assert.Single(Read("generic/submission.json", new JotFormPreset()).Items));

        Assert.Equal("web-2041", item.Submission.Id);
    }

    [Fact]
    public void Problems_never_quote_what_the_customer_wrote()
    {
        var reading = Read("bad/invalid.json", new GenericFormPreset());

        Assert.DoesNotContain("Cut Off", Assert.IsType<UnreadableItem>(Assert.Single(reading.Items)).Problem, StringComparison.Ordinal);
    }
}
