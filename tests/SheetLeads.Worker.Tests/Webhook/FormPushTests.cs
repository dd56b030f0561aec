using System.Text;
using SheetLeads.Core.Intake;
using SheetLeads.Worker.FormApi;
using SheetLeads.Worker.Forms;
using SheetLeads.Worker.State;

namespace SheetLeads.Worker.Tests.Webhook;

/// <summary>Pushed bodies as Typeform and Tally send them, read into the same submissions their list APIs give.</summary>
public class FormPushTests
{
    public const string TypeformPush = """
        { "event_id": "01JD2K", "event_type": "form_response",
          "form_response": { "form_id": "abc123", "token": "tok-pushed-1", "landed_at": "2026-11-23T10:01:00Z", "submitted_at": "2026-11-23T10:02:10Z",
            "hidden": { "utm_source": "google" },
            "definition": { "id": "abc123", "title": "Quote", "fields": [ { "id": "f1", "ref": "name", "type": "short_text", "title": "Your name?" } ] },
            "answers": [
              { "type": "text", "text": "Rosa Diaz", "field": { "id": "f1", "type": "short_text", "ref": "name" } },
              { "type": "email", "email": "rosa.diaz@example.org", "field": { "id": "f2", "type": "email", "ref": "email" } },
              { "type": "phone_number", "phone_number": "+447700900999", "field": { "id": "f3", "type": "phone_number", "ref": "phone" } } ] } }
        """;

    private const string TallyPush = """
        { "eventId": "a4cb8c1e", "eventType": "FORM_RESPONSE", "createdAt": "2026-11-23T10:05:00.000Z",
          "data": { "responseId": "2wgx4n", "submissionId": "2wgx4n", "respondentId": "dwQKYm", "formId": "VwbNEw", "formName": "Callback",
            "createdAt": "2026-11-23T10:04:58.000Z",
            "fields": [
              { "key": "question_mVGEJz", "label": "Your name", "type": "INPUT_TEXT", "value": "Sam Okoro" },
              { "key": "question_nPd8Jx", "label": "Phone number", "type": "INPUT_PHONE_NUMBER", "value": "07700 900444" },
              { "key": "question_w4Q0Jy", "label": "When?", "type": "MULTIPLE_CHOICE", "value": ["opt-2"],
                "options": [ { "id": "opt-1", "text": "Morning" }, { "id": "opt-2", "text": "Afternoon" } ] },
              { "key": "question_hidden", "label": "utm", "type": "HIDDEN_FIELDS", "value": "ad-7" } ] } }
        """;

    private static IReadOnlyList<ChannelItem> Read(IFormPreset preset, string body) =>
        FormPushReader.Read(preset, new PushedBody(7, DateTimeOffset.UtcNow, Encoding.UTF8.GetBytes(body)));

    [Fact]
    public void A_Typeform_push_is_its_response_with_the_token_the_API_lists()
    {
        var submission = Assert.IsType<FormItem>(Assert.Single(Read(new TypeformPreset(), TypeformPush))).Submission;

        Assert.Equal("tok-pushed-1", submission.Id);
        Assert.Equal(new FormTimestamp(new DateTime(2026, 11, 23, 10, 2, 10), TimeSpan.Zero), submission.SubmittedAt);
        Assert.Equal(["name: Rosa Diaz", "email: rosa.diaz@example.org", "phone: +447700900999"], submission.Fields.Select(f => $"{f.Label}: {f.Value}"));
        Assert.Equal(LeadField.Email, submission.Fields[1].Hint);
    }

    [Fact]
    public void A_Tally_push_names_choices_by_their_text_and_leaves_hidden_fields_out()
    {
        var submission = Assert.IsType<FormItem>(Assert.Single(Read(new TallyPreset(), TallyPush))).Submission;

        Assert.Equal("2wgx4n", submission.Id);
        Assert.Equal(["Your name: Sam Okoro", "Phone number: 07700 900444", "When?: Afternoon"], submission.Fields.Select(f => $"{f.Label}: {f.Value}"));
        Assert.Equal(LeadField.Phone, submission.Fields[1].Hint);
    }

    [Fact]
    public void A_push_that_is_not_the_services_shape_is_one_unparseable_item()
    {
        var item = Assert.IsType<UnreadableItem>(Assert.Single(Read(new TypeformPreset(), """{ "event_type": "ping" }""")));

        Assert.Equal("webhook #7 is not a Typeform webhook: no 'form_response' object", item.Problem);
        Assert.StartsWith("sha256:", item.ExternalId, StringComparison.Ordinal);
    }
}
