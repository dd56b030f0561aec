using System.Text.Json;
using SheetLeads.Core.Intake;

namespace SheetLeads.Worker.Forms;

/// <summary>
/// A page of the Typeform Responses API (<c>GET /forms/{id}/responses</c>): <c>items[]</c> with <c>token</c>,
/// <c>submitted_at</c> and <c>answers[]</c>. Answers carry no question text, so an answer's label is its field's
/// <c>ref</c> (reading 13: refs <c>name</c>, <c>company</c> map through the label lists); its type says which
/// member holds the value and whether it is an e-mail or phone. <c>hidden</c>, <c>calculated</c>, <c>variables</c>
/// and <c>metadata</c> are the form owner's and the browser's, not the customer's words, and are left out.
/// </summary>
internal sealed class TypeformPreset : IFormPushPreset
{
    public const string PresetName = "Typeform";
    private const string Expected = "a Typeform responses page";

    public string Name => PresetName;

    // Typeform's maximum is 1,000; 200 keeps one answer well under a megabyte.
    public int? DefaultPageSize => 200;

    /// <summary>Newest first (Typeform's order), from <c>since</c> on (UTC, to the second, inclusive).</summary>
    public Uri FirstPage(Uri endpoint, FormQuery query) => FormUrls.With(endpoint,
        ("page_size", query.Size),
        ("since", query.Since is { } since ? FormTimes.Utc(since).ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) : null),
        ("before", null));

    /// <summary>The next (older) page: <c>before</c> the page's last token, same <c>since</c>.</summary>
    public Uri? NextPage(Uri current, FormQuery query, FormPage page) =>
        page.Paging.Next is { Kind: FormCursorKind.Before } next ? FormUrls.With(current, ("before", next.Value)) : null;

    public FormPage Parse(JsonElement root)
    {
        if (!Kinds.TryArray(root, "items", out var items))
            throw new FormShapeException(Expected, root.ValueKind == JsonValueKind.Object ? "no 'items' array" : $"the JSON is {Kinds.Name(root)}, not an object");
        var page = new FormPageBuilder();
        string? lastToken = null;
        var position = 0;
        foreach (var item in items.EnumerateArray())
        {
            position++;
            var token = JsonText.Member(item, "token") ?? JsonText.Member(item, "response_id");
            if (token is null && !Kinds.TryArray(item, "answers", out _))
            {
                page.Reject(item, position, $"entry {position} is not a Typeform response: no 'token' or 'answers'");
                continue;
            }
            lastToken = token ?? lastToken;
            // Partial and started responses are still being filled in; their token comes back once completed.
            if (JsonText.Member(item, "response_type") is { } type && !type.Equals("completed", StringComparison.OrdinalIgnoreCase))
            {
                page.LeaveOut();
                continue;
            }
            page.Add(Read(item));
        }
        // Responses come newest first; the last token asks Typeform for the page after this one.
        var hasMore = Kinds.Int(root, "page_count") > 1 && items.GetArrayLength() > 0;
        var next = hasMore && lastToken is not null ? new FormCursor(FormCursorKind.Before, lastToken) : null;
        return page.Build(new FormPaging(hasMore, next, page.Newest, Kinds.Int(root, "total_items")));
    }

    /// <summary>A webhook's <c>form_response</c>: a response as the Responses API lists it (same <c>token</c>, answers by field ref).</summary>
    public FormPage ParsePush(JsonElement root)
    {
        if (!Kinds.TryObject(root, "form_response", out var response))
            throw new FormShapeException("a Typeform webhook", root.ValueKind == JsonValueKind.Object ? "no 'form_response' object" : $"the JSON is {Kinds.Name(root)}, not an object");
        var page = new FormPageBuilder();
        page.Add(Read(response));
        return page.Build();
    }

    private static FormSubmission Read(JsonElement item)
    {
        var fields = new List<FormField>();
        if (Kinds.TryArray(item, "answers", out var answers))
            foreach (var answer in answers.EnumerateArray())
                if (Answer(answer) is { } field)
                    fields.Add(field);
        return new FormSubmission(
            SubmissionIds.Of(item, "token", "response_id"),
            FormTimes.Member(item, "submitted_at") ?? FormTimes.Member(item, "landed_at"),
            null,
            fields);
    }

    private static FormField? Answer(JsonElement answer)
    {
        if (answer.ValueKind != JsonValueKind.Object)
            return JsonText.Of(answer) is { } loose ? new FormField("answer", loose) : null;
        Kinds.TryObject(answer, "field", out var field);
        var label = JsonText.Member(field, "ref") ?? JsonText.Member(field, "title") ?? JsonText.Member(field, "id") ?? "answer";
        var type = JsonText.Member(answer, "type") ?? JsonText.Member(field, "type");
        var value = type is not null && answer.TryGetProperty(type, out var typed)
            ? JsonText.Of(typed)
            : JsonText.Join(answer.EnumerateObject().Where(p => p.Name is not ("field" or "type")).Select(p => JsonText.Of(p.Value)));
        return value is null ? null : new FormField(label, value, Hint(type));
    }

    private static LeadField? Hint(string? type) => type switch
    {
        "email" => LeadField.Email,
        "phone_number" => LeadField.Phone,
        _ => null,
    };
}
