using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using SheetLeads.Core.Normalisation;

namespace SheetLeads.Worker.FormApi;

/// <summary>What a form service's answer says besides its data: its error message, its Retry-After, whether it is HTML.</summary>
internal static partial class FormApiAnswers
{
    private const int MessageLimit = 200;

    // Typeform writes "description", Tally and JotForm "message", Formspree "error"; others nest an "error" object.
    private static readonly string[] MessageMembers = ["description", "message", "error_description", "error", "detail", "title"];

    /// <summary>The service's own words about a refusal, on one line and capped, or null.</summary>
    public static string? Message(HttpResponseMessage response, byte[] body)
    {
        if (body.Length == 0)
            return null;
        if (IsHtml(response, body))
            return Title(body) is { Length: > 0 } title ? "an HTML page" + title : "an HTML page";
        try
        {
            using var document = JsonDocument.Parse(body);
            return Said(document.RootElement) is { } said ? OneLine(said) : null;
        }
        catch (JsonException)
        {
            return OneLine(Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 4 * MessageLimit)));
        }
    }

    /// <summary>How long <c>Retry-After</c> asks to wait (seconds or a date), or null.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
        _ => null,
    };

    /// <summary>True when the answer is a web page rather than data: a proxy's error page, a login page, maintenance.</summary>
    public static bool IsHtml(HttpResponseMessage response, byte[] body) =>
        response.Content.Headers.ContentType?.MediaType?.Contains("html", StringComparison.OrdinalIgnoreCase) == true
        || Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 512)).TrimStart().StartsWith('<');

    /// <summary>The page's title as <c> ('Bad Gateway')</c>, or empty.</summary>
    public static string Title(byte[] body)
    {
        var match = TitleTag().Match(Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 64 * 1024)));
        return match.Success && OneLine(HtmlText.ToText(match.Groups[1].Value)) is { Length: > 0 } title ? $" ('{title}')" : "";
    }

    private static string? Said(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
            return null;
        foreach (var name in MessageMembers)
        {
            if (!root.TryGetProperty(name, out var value))
                continue;
            if (value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
                return text;
            if (value.ValueKind == JsonValueKind.Object && Said(value) is { } nested)
                return nested;
        }
        return null;
    }

    private static string OneLine(string text) => MessageCleaner.Cap(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), MessageLimit);

    [GeneratedRegex(@"<title[^>]*>(.*?)</title>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex TitleTag();
}
