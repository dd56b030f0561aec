using System.Text.Json;
using SheetLeads.Core.Intake;

namespace SheetLeads.Worker.Forms;

/// <summary>
/// SPEC §10's generic shape, <c>{ "id", "submittedAt", "form", "fields": { "Label": "value", … } }</c>: one such
/// object, an array of them, or <c>{ "items": [ … ] }</c>. <c>fields</c> may also be a list of
/// <c>{ "label", "value" }</c> pairs, for forms that repeat a label.
/// </summary>
internal sealed class GenericFormPreset : IFormPreset
{
    public const string PresetName = "Generic";
    private const string Expected = "a generic form submission";

    public string Name => PresetName;

    public FormPage Parse(JsonElement root)
    {
        var page = new FormPageBuilder();
        if (IsSubmission(root))
            page.Add(Read(root));
        else if (root.ValueKind == JsonValueKind.Array)
            ReadAll(root, page);
        else if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array)
            ReadAll(items, page);
        else if (root.ValueKind == JsonValueKind.Object)
            throw new FormShapeException(Expected, "no 'fields' object");
        else
            throw new FormShapeException(Expected, $"the JSON is {Kinds.Name(root)}, not an object");
        return page.Build();
    }

    /// <summary>True for one submission in the generic shape.</summary>
    public static bool IsSubmission(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("fields", out var fields)
        && fields.ValueKind is JsonValueKind.Object or JsonValueKind.Array;

    private static void ReadAll(JsonElement entries, FormPageBuilder page)
    {
        var position = 0;
        foreach (var entry in entries.EnumerateArray())
        {
            position++;
            if (IsSubmission(entry))
                page.Add(Read(entry));
            else
                page.Reject(entry, position, $"entry {position} is not {Expected}: no 'fields' object");
        }
    }

    private static FormSubmission Read(JsonElement submission)
    {
        var fields = submission.GetProperty("fields");
        var answers = fields.ValueKind == JsonValueKind.Object
            ? fields.EnumerateObject().Select(p => Answer(p.Name, p.Value))
            : fields.EnumerateArray().Select((pair, i) => Answer(
                JsonText.Member(pair, "label") ?? JsonText.Member(pair, "name") ?? $"Field {i + 1}",
                pair.ValueKind == JsonValueKind.Object && pair.TryGetProperty("value", out var v) ? v : pair));
        return new FormSubmission(
            SubmissionIds.Of(submission, "id"),
            FormTimes.Member(submission, "submittedAt") ?? FormTimes.Member(submission, "submitted_at"),
            JsonText.Member(submission, "form"),
            answers.OfType<FormField>().ToArray());
    }

    private static FormField? Answer(string label, JsonElement value) =>
        JsonText.Of(value) is { } text ? new FormField(label, text) : null;
}
