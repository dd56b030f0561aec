using System.Globalization;
using System.Text.Json;
using SheetLeads.Core.Intake;

namespace SheetLeads.Worker.Forms;

/// <summary>
/// A page of Tally's <c>GET /forms/{id}/submissions</c>: <c>questions[]</c> name and type each question,
/// <c>submissions[].responses[]</c> answer them by <c>questionId</c>. The guide writes the answer as
/// <c>answer</c>, the API reference as <c>value</c>; both are read (reading 14). Hidden and calculated fields are
/// the form owner's, not the customer's words, and are left out.
/// </summary>
internal sealed class TallyPreset : IFormPushPreset
{
    public const string PresetName = "Tally";
    private const string Expected = "a Tally submissions page";
    private static readonly HashSet<string> NotCustomerText = new(StringComparer.OrdinalIgnoreCase) { "HIDDEN_FIELDS", "CALCULATED_FIELDS" };

    public string Name => PresetName;

    // Tally pages hold 50 submissions and take no other size.
    public int? DefaultPageSize => null;

    /// <summary>Page 1, from <c>startDate</c> on (ISO 8601, UTC).</summary>
    public Uri FirstPage(Uri endpoint, FormQuery query) => FormUrls.With(endpoint,
        ("page", "1"),
        ("limit", query.Size),
        ("startDate", query.Since is { } since ? FormTimes.Utc(since).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture) : null));

    /// <summary>The page number Tally's <c>hasMore</c> asks for next.</summary>
    public Uri? NextPage(Uri current, FormQuery query, FormPage page) =>
        page.Paging.Next is { Kind: FormCursorKind.Page } next ? FormUrls.With(current, ("page", next.Value)) : null;

    public FormPage Parse(JsonElement root)
    {
        if (!Kinds.TryArray(root, "submissions", out var submissions))
            throw new FormShapeException(Expected, root.ValueKind == JsonValueKind.Object ? "no 'submissions' array" : $"the JSON is {Kinds.Name(root)}, not an object");
        var questions = Questions(root);
        var page = new FormPageBuilder();
        var position = 0;
        foreach (var submission in submissions.EnumerateArray())
        {
            position++;
            if (!Kinds.TryArray(submission, "responses", out var responses))
            {
                page.Reject(submission, position, $"entry {position} is not a Tally submission: no 'responses' array");
                continue;
            }
            // A partial submission is still being filled in; Tally lists it again once it is completed.
            if (Kinds.Bool(submission, "isCompleted") == false)
            {
                page.LeaveOut();
                continue;
            }
            page.Add(new FormSubmission(
                SubmissionIds.Of(submission, "id"),
                FormTimes.Member(submission, "submittedAt") ?? FormTimes.Member(submission, "createdAt"),
                null,
                responses.EnumerateArray().Select(r => Answer(r, questions)).OfType<FormField>().ToArray()));
        }
        var hasMore = Kinds.Bool(root, "hasMore") ?? false;
        var next = hasMore && Kinds.Int(root, "page") is { } number ? new FormCursor(FormCursorKind.Page, (number + 1).ToString(CultureInfo.InvariantCulture)) : null;
        var total = Kinds.TryObject(root, "totalNumberOfSubmissionsPerFilter", out var totals) ? Kinds.Int(totals, "all") : null;
        return page.Build(new FormPaging(hasMore, next, page.Newest, total));
    }

    /// <summary>
    /// A webhook's <c>FORM_RESPONSE</c> event: <c>data.fields[]</c> carry their own <c>label</c>, <c>type</c> and
    /// <c>value</c> (a choice as option ids, named in <c>options</c>); <c>data.submissionId</c> is the id the API lists.
    /// </summary>
    public FormPage ParsePush(JsonElement root)
    {
        if (!Kinds.TryObject(root, "data", out var data) || !Kinds.TryArray(data, "fields", out var fields))
            throw new FormShapeException("a Tally webhook", root.ValueKind == JsonValueKind.Object ? "no 'data.fields' array" : $"the JSON is {Kinds.Name(root)}, not an object");
        var page = new FormPageBuilder();
        page.Add(new FormSubmission(
            SubmissionIds.Of(data, "submissionId", "responseId"),
            FormTimes.Member(data, "createdAt") ?? FormTimes.Member(root, "createdAt"),
            JsonText.Member(data, "formName"),
            fields.EnumerateArray().Select(PushedField).OfType<FormField>().ToArray()));
        return page.Build();
    }

    private static FormField? PushedField(JsonElement field)
    {
        var type = JsonText.Member(field, "type");
        if (type is not null && NotCustomerText.Contains(type) || !field.TryGetProperty("value", out var value))
            return null;
        var text = Kinds.TryArray(field, "options", out var options) && value.ValueKind == JsonValueKind.Array
            ? JsonText.Join(value.EnumerateArray().Select(id => OptionText(options, id)))
            : JsonText.Of(value);
        return text is null ? null : new FormField(JsonText.Member(field, "label") ?? JsonText.Member(field, "key") ?? "answer", text, Hint(type));
    }

    private static string? OptionText(JsonElement options, JsonElement id) =>
        options.EnumerateArray().FirstOrDefault(o => JsonText.Member(o, "id") == JsonText.Of(id)) is { ValueKind: JsonValueKind.Object } option
            ? JsonText.Member(option, "text")
            : JsonText.Of(id);

    private static Dictionary<string, (string? Title, string? Type)> Questions(JsonElement root)
    {
        var questions = new Dictionary<string, (string?, string?)>(StringComparer.Ordinal);
        if (!Kinds.TryArray(root, "questions", out var list))
            return questions;
        foreach (var question in list.EnumerateArray())
        {
            if (JsonText.Member(question, "id") is not { } id)
                continue;
            var title = JsonText.Member(question, "title");
            if (title is null && Kinds.TryArray(question, "fields", out var fields))
                title = fields.EnumerateArray().Select(f => JsonText.Member(f, "title")).FirstOrDefault(t => t is not null);
            questions[id] = (title, JsonText.Member(question, "type"));
        }
        return questions;
    }

    private static FormField? Answer(JsonElement response, Dictionary<string, (string? Title, string? Type)> questions)
    {
        if (response.ValueKind != JsonValueKind.Object)
            return JsonText.Of(response) is { } loose ? new FormField("answer", loose) : null;
        var questionId = JsonText.Member(response, "questionId");
        var question = questionId is not null && questions.TryGetValue(questionId, out var q) ? q : (null, null);
        if (question.Type is { } type && NotCustomerText.Contains(type))
            return null;
        var value = response.TryGetProperty("answer", out var answer) ? answer
            : response.TryGetProperty("value", out var v) ? v
            : default;
        var text = value.ValueKind == JsonValueKind.Undefined ? null : JsonText.Of(value);
        return text is null ? null : new FormField(question.Title ?? questionId ?? "answer", text, Hint(question.Type));
    }

    private static LeadField? Hint(string? type) => type switch
    {
        "INPUT_EMAIL" => LeadField.Email,
        "INPUT_PHONE_NUMBER" => LeadField.Phone,
        _ => null,
    };
}
