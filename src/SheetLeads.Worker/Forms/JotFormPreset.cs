using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using SheetLeads.Core.Intake;
using SheetLeads.Core.Normalisation;

namespace SheetLeads.Worker.Forms;

/// <summary>
/// A page of JotForm's <c>GET /form/{id}/submissions</c>: <c>content[]</c> with <c>id</c>, <c>created_at</c> (no
/// zone: read in the business time zone) and <c>answers</c> keyed by question id, each with its label
/// (<c>text</c>), place (<c>order</c>), control <c>type</c> and <c>answer</c>. Headings, buttons, text blocks and
/// other controls nobody answers are left out; a full name, e-mail and phone control say what they hold.
/// </summary>
internal sealed partial class JotFormPreset : IFormPreset
{
    public const string PresetName = "JotForm";
    private const string Expected = "a JotForm submissions page";

    private static readonly HashSet<string> Layout = new(StringComparer.OrdinalIgnoreCase)
    {
        "control_head", "control_button", "control_text", "control_divider", "control_image",
        "control_pagebreak", "control_collapse", "control_captcha",
    };

    private static readonly string[] NameParts = ["prefix", "first", "middle", "last", "suffix"];
    private static readonly string[] PhoneParts = ["country", "area", "phone"];

    public string Name => PresetName;

    // JotForm's default is 20 and its maximum 1,000.
    public int? DefaultPageSize => 100;

    /// <summary>Offset 0, submissions created after <c>since</c> (JotForm's filter, in the account's own clock, as its times are written).</summary>
    public Uri FirstPage(Uri endpoint, FormQuery query) => FormUrls.With(endpoint,
        ("limit", query.Size),
        ("offset", "0"),
        ("orderby", "created_at"),
        ("filter", query.Since is { } since
            ? "{\"created_at:gt\":\"" + since.Value.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + "\"}"
            : null));

    /// <summary>The next offset, when the page was full.</summary>
    public Uri? NextPage(Uri current, FormQuery query, FormPage page) =>
        page.Paging.Next is { Kind: FormCursorKind.Offset } next ? FormUrls.With(current, ("offset", next.Value)) : null;

    public FormPage Parse(JsonElement root)
    {
        if (!Kinds.TryArray(root, "content", out var content))
            throw new FormShapeException(Expected, Missing(root));
        var page = new FormPageBuilder();
        var position = 0;
        foreach (var entry in content.EnumerateArray())
        {
            position++;
            // PHP writes an empty answers map as [] rather than {}.
            if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty("answers", out var answers)
                || answers.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array))
            {
                page.Reject(entry, position, $"entry {position} is not a JotForm submission: no 'answers' object");
                continue;
            }
            if (string.Equals(JsonText.Member(entry, "status"), "DELETED", StringComparison.OrdinalIgnoreCase))
            {
                page.LeaveOut();
                continue;
            }
            page.Add(new FormSubmission(
                SubmissionIds.Of(entry, "id"),
                FormTimes.Member(entry, "created_at"),
                null,
                InFormOrder(answers).Select(Answer).OfType<FormField>().ToArray()));
        }
        return page.Build(Paging(root, page.Newest));
    }

    private static string Missing(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
            return $"the JSON is {Kinds.Name(root)}, not an object";
        // An error answer ({"responseCode": 401, "message": …}) says why better than a missing array does.
        if (Kinds.Int(root, "responseCode") is { } code and not 200)
            return $"JotForm answered {code.ToString(CultureInfo.InvariantCulture)} ({MessageCleaner.Cap(JsonText.Member(root, "message") ?? "no message", 200)})";
        return "no 'content' array";
    }

    private static IEnumerable<JsonElement> InFormOrder(JsonElement answers)
    {
        var list = answers.ValueKind == JsonValueKind.Object
            ? answers.EnumerateObject().Select(p => p.Value)
            : answers.EnumerateArray();
        return list.Where(a => a.ValueKind == JsonValueKind.Object)
            .Select((a, i) => (Answer: a, Order: Kinds.Int(a, "order") ?? int.MaxValue, Index: i))
            .OrderBy(a => a.Order).ThenBy(a => a.Index)
            .Select(a => a.Answer);
    }

    private static FormField? Answer(JsonElement question)
    {
        var type = JsonText.Member(question, "type") ?? "";
        if (Layout.Contains(type) || !question.TryGetProperty("answer", out var answer))
            return null;
        var label = JsonText.Member(question, "text") ?? JsonText.Member(question, "name") ?? "answer";
        var (value, hint) = type switch
        {
            "control_fullname" => (FullName(question, answer), LeadField.Name),
            "control_email" => (JsonText.Of(answer), LeadField.Email),
            "control_phone" => (PhoneText(question, answer), LeadField.Phone),
            "control_address" => (answer.ValueKind == JsonValueKind.Object ? JsonText.Join(answer.EnumerateObject().Select(p => JsonText.Of(p.Value))) : Pretty(question) ?? JsonText.Of(answer), (LeadField?)null),
            _ => (answer.ValueKind == JsonValueKind.Object ? Pretty(question) ?? JsonText.Of(answer) : JsonText.Of(answer), (LeadField?)null),
        };
        return value is null ? null : new FormField(label, value, hint);
    }

    private static string? FullName(JsonElement question, JsonElement answer) =>
        answer.ValueKind == JsonValueKind.Object
            ? Pretty(question) ?? Words(NameParts.Select(p => JsonText.Member(answer, p)))
            : JsonText.Of(answer);

    private static string? PhoneText(JsonElement question, JsonElement answer) =>
        answer.ValueKind == JsonValueKind.Object
            ? JsonText.Member(answer, "full") ?? Pretty(question) ?? Words(PhoneParts.Select(p => JsonText.Member(answer, p)))
            : JsonText.Of(answer);

    private static string? Words(IEnumerable<string?> parts)
    {
        var text = string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p)));
        return text.Length == 0 ? null : text;
    }

    // prettyFormat is HTML with <br> between parts ("Street Address: 14 Mill Lane<br>City: London"): one line, commas.
    private static string? Pretty(JsonElement question)
    {
        if (JsonText.Member(question, "prettyFormat") is not { } html)
            return null;
        var text = HtmlText.ToText(LineBreak().Replace(html, "\n"));
        return JsonText.Join(text.Split('\n'));
    }

    private static FormPaging Paging(JsonElement root, FormTimestamp? newest)
    {
        if (!Kinds.TryObject(root, "resultSet", out var set))
            return FormPaging.None(newest);
        var offset = Kinds.Int(set, "offset") ?? 0;
        var limit = Kinds.Int(set, "limit") ?? 0;
        var count = Kinds.Int(set, "count") ?? 0;
        // A full page may have more behind it; JotForm gives no total.
        var hasMore = limit > 0 && count >= limit;
        return new FormPaging(hasMore, hasMore ? new FormCursor(FormCursorKind.Offset, (offset + count).ToString(CultureInfo.InvariantCulture)) : null, newest, null);
    }

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();
}
