using System.Text.Json;
using SheetLeads.Core.Intake;

namespace SheetLeads.Worker.Forms;

/// <summary>
/// SPEC §10's generic shape, <c>{ "id", "submittedAt", "form", "fields": { "Label": "value", … } }</c>: one such
/// object, an array of them, or <c>{ "items": [ … ] }</c>. <c>fields</c> may also be a list of
/// <c>{ "label", "value" }</c> pairs, for forms that repeat a label. A <see cref="FormMapping"/> reads any other JSON
/// list: where the submissions, ids, times and answers are, and where the next page is.
/// </summary>
internal sealed class GenericFormPreset(FormMapping mapping) : IFormPushPreset
{
    public const string PresetName = "Generic";
    private const string Expected = "a generic form submission";

    public GenericFormPreset() : this(FormMapping.Default) { }

    public string Name => PresetName;

    // A JSON list of unknown origin: its page size parameter is unknown too.
    public int? DefaultPageSize => null;

    public FormPage Parse(JsonElement root)
    {
        var page = new FormPageBuilder();
        if (mapping.Items is { } items)
        {
            if (!JsonPath.TryGet(root, items, out var list) || list.ValueKind != JsonValueKind.Array)
                throw new FormShapeException(Expected + " list", root.ValueKind == JsonValueKind.Object || items.Length == 0 ? $"no list at '{items}'" : $"the JSON is {Kinds.Name(root)}, not an object");
            ReadAll(list, page);
        }
        else if (IsSubmission(root))
            page.Add(Read(root));
        else if (root.ValueKind == JsonValueKind.Array)
            ReadAll(root, page);
        else if (Kinds.TryArray(root, "items", out var list))
            ReadAll(list, page);
        else if (root.ValueKind == JsonValueKind.Object)
            throw new FormShapeException(Expected, $"no '{mapping.Answers}' object");
        else
            throw new FormShapeException(Expected, $"the JSON is {Kinds.Name(root)}, not an object");
        return page.Build(Paging(root, page.Newest));
    }

    /// <summary>A push is read as a page: one submission, or a list of them.</summary>
    public FormPage ParsePush(JsonElement root) => Parse(root);

    /// <summary>Asks for the submissions from the newest taken in on, when the endpoint takes a time filter.</summary>
    public Uri FirstPage(Uri endpoint, FormQuery query) =>
        mapping.SinceParameter is { } since && query.Since is { } time ? FormUrls.With(endpoint, (since, FormTimes.Text(time))) : endpoint;

    /// <summary>The address the page names, or the same address with the page's cursor.</summary>
    public Uri? NextPage(Uri current, FormQuery query, FormPage page) => page.Paging.Next switch
    {
        { Kind: FormCursorKind.Link } link when Uri.TryCreate(current, link.Value, out var next) => next,
        { Kind: FormCursorKind.Token } token when mapping.NextParameter is { } parameter => FormUrls.With(current, (parameter, token.Value)),
        _ => null,
    };

    /// <summary>True for one submission in SPEC §10's generic shape.</summary>
    public static bool IsSubmission(JsonElement element) => FormMapping.Default.Answers is var answers
        && element.ValueKind == JsonValueKind.Object && element.TryGetProperty(answers, out var fields)
        && fields.ValueKind is JsonValueKind.Object or JsonValueKind.Array;

    private bool IsEntry(JsonElement entry) =>
        entry.ValueKind == JsonValueKind.Object
        && (mapping.Fields is { Count: > 0 } || JsonPath.TryGet(entry, mapping.Answers, out var answers) && answers.ValueKind is JsonValueKind.Object or JsonValueKind.Array);

    private void ReadAll(JsonElement entries, FormPageBuilder page)
    {
        var position = 0;
        foreach (var entry in entries.EnumerateArray())
        {
            position++;
            if (IsEntry(entry))
                page.Add(Read(entry));
            else
                page.Reject(entry, position, $"entry {position} is not {Expected}: no '{mapping.Answers}' object");
        }
    }

    private FormSubmission Read(JsonElement submission)
    {
        var fields = new List<FormField>();
        foreach (var (label, path) in mapping.Fields ?? [])
            if (JsonPath.TryGet(submission, path, out var value) && Answer(label, value) is { } field)
                fields.Add(field);
        if (JsonPath.TryGet(submission, mapping.Answers, out var answers))
            fields.AddRange(Answers(answers));
        return new FormSubmission(
            SubmissionIds.From(JsonPath.TryGet(submission, mapping.Id, out var id) ? JsonText.Of(id) : null, submission),
            Time(submission),
            JsonPath.TryGet(submission, mapping.Form, out var form) ? JsonText.Of(form) : null,
            fields);
    }

    private FormTimestamp? Time(JsonElement submission)
    {
        if (JsonPath.TryGet(submission, mapping.SubmittedAt, out var time))
            return FormTimes.Read(time);
        // The snake_case spelling of the generic shape's time, written by many form plugins.
        return mapping.SubmittedAt == FormMapping.Default.SubmittedAt ? FormTimes.Member(submission, "submitted_at") : null;
    }

    private static IEnumerable<FormField> Answers(JsonElement answers)
    {
        var pairs = answers.ValueKind switch
        {
            JsonValueKind.Object => answers.EnumerateObject().Select(p => Answer(p.Name, p.Value)),
            JsonValueKind.Array => answers.EnumerateArray().Select((pair, i) => Answer(
                JsonText.Member(pair, "label") ?? JsonText.Member(pair, "name") ?? $"Field {i + 1}",
                pair.ValueKind == JsonValueKind.Object && pair.TryGetProperty("value", out var v) ? v : pair)),
            _ => [],
        };
        return pairs.OfType<FormField>();
    }

    private FormPaging Paging(JsonElement root, FormTimestamp? newest)
    {
        if (mapping.Next is not { } path || !JsonPath.TryGet(root, path, out var value) || JsonText.Of(value) is not { } next)
            return FormPaging.None(newest);
        return new FormPaging(true, new FormCursor(mapping.NextParameter is null ? FormCursorKind.Link : FormCursorKind.Token, next), newest, null);
    }

    private static FormField? Answer(string label, JsonElement value) =>
        JsonText.Of(value) is { } text ? new FormField(label, text) : null;
}
