using System.Text.Json;
using SheetLeads.Core.Intake;
using SheetLeads.Core.Leads;

namespace SheetLeads.Worker.Forms;

/// <summary>
/// A page of Formspree's <c>GET /api/0/forms/{hashid}/submissions</c>: <c>submissions[]</c> whose members are the
/// form's own field names, in the page's <c>fields[]</c> order. Members starting with <c>_</c> are Formspree's
/// (<c>_id</c>, <c>_date</c> without a zone, <c>_status</c>), never Message text (reading 16) — except that a
/// valid <c>_replyto</c> address, Formspree's special field for the customer's address, can fill Email.
/// </summary>
internal sealed class FormspreePreset : IFormPreset
{
    public const string PresetName = "Formspree";
    private const string Expected = "a Formspree submissions page";

    public string Name => PresetName;

    public int? DefaultPageSize => 100;

    /// <summary>The first <c>limit</c> submissions from <c>since</c> on (ISO 8601 as Formspree writes <c>_date</c>: UTC without a zone).</summary>
    public Uri FirstPage(Uri endpoint, FormQuery query) => FormUrls.With(endpoint,
        ("limit", query.Size),
        ("offset", null),
        ("since", query.Since is { } since ? FormTimes.Utc(since).ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) : null));

    /// <summary>Formspree says nothing of more pages: a full page is followed by the next <c>offset</c>.</summary>
    public Uri? NextPage(Uri current, FormQuery query, FormPage page)
    {
        if (FormUrls.Int(current, "limit") is not { } limit || page.Entries < limit)
            return null;
        var offset = (FormUrls.Int(current, "offset") ?? 0) + page.Entries;
        return FormUrls.With(current, ("offset", offset.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    public FormPage Parse(JsonElement root)
    {
        if (!Kinds.TryArray(root, "submissions", out var submissions))
            throw new FormShapeException(Expected, root.ValueKind == JsonValueKind.Object ? "no 'submissions' array" : $"the JSON is {Kinds.Name(root)}, not an object");
        // Another service's page with a 'submissions' array (Tally's) must not be read as customer fields.
        if (submissions.GetArrayLength() > 0 && !submissions.EnumerateArray().Any(IsFormspree))
            throw new FormShapeException(Expected, "no submission carries Formspree's '_date' or '_id'");
        var order = FieldOrder(root);
        var page = new FormPageBuilder();
        var position = 0;
        foreach (var submission in submissions.EnumerateArray())
        {
            position++;
            if (submission.ValueKind != JsonValueKind.Object)
            {
                page.Reject(submission, position, $"entry {position} is not a Formspree submission: it is {Kinds.Name(submission)}");
                continue;
            }
            page.Add(new FormSubmission(
                Id(submission),
                FormTimes.Member(submission, "_date"),
                null,
                Fields(submission, order)));
        }
        return page.Build();
    }

    // Formspree's current pages carry no _id: the submission's own content is its id, without _status, which changes
    // as Formspree delivers it and would otherwise make the same submission new again.
    private static string Id(JsonElement submission) => SubmissionIds.From(JsonText.Member(submission, "_id"), submission, "_status");

    private static bool IsFormspree(JsonElement submission) =>
        submission.ValueKind == JsonValueKind.Object && (submission.TryGetProperty("_date", out _) || submission.TryGetProperty("_id", out _));

    private static Dictionary<string, int> FieldOrder(JsonElement root)
    {
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        if (Kinds.TryArray(root, "fields", out var fields))
            foreach (var name in fields.EnumerateArray())
                if (name.ValueKind == JsonValueKind.String && name.GetString() is { } n)
                    order.TryAdd(n, order.Count);
        return order;
    }

    private static FormField[] Fields(JsonElement submission, Dictionary<string, int> order)
    {
        var fields = submission.EnumerateObject()
            .Select((member, index) => (Member: member, Index: index))
            .Where(m => !m.Member.Name.StartsWith('_'))
            .OrderBy(m => order.TryGetValue(m.Member.Name, out var o) ? o : order.Count + m.Index)
            .Select(m => JsonText.Of(m.Member.Value) is { } text ? new FormField(m.Member.Name, text) : null)
            .OfType<FormField>()
            .ToList();
        if (JsonText.Member(submission, "_replyto") is { } replyTo && EmailAddress.TryParse(replyTo, out _))
            fields.Add(new FormField("Reply-To", replyTo, LeadField.Email));
        return fields.ToArray();
    }
}
