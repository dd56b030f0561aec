using System.Text.RegularExpressions;
using SheetLeads.Core.Leads;

namespace SheetLeads.Core.Rules;

/// <summary>
/// Judges a new lead Hot, Warm or Cold (SPEC §2). A hot keyword makes it Hot. Otherwise one point each for a
/// warm keyword (such as "quote"), a budget mentioned, a phone given, and a company behind it (a company name, or
/// an address outside the free-mail domains): three points or more is Hot, one or more Warm, none Cold.
/// </summary>
/// <param name="HotKeywords">Words that make a lead Hot, matched as whole words without case.</param>
/// <param name="WarmKeywords">Words worth a point.</param>
/// <param name="FreeMailDomains">Domains of personal mailboxes (an address there is not a company).</param>
public sealed partial record TemperatureRules(
    IReadOnlyList<string> HotKeywords,
    IReadOnlyList<string> WarmKeywords,
    IReadOnlyList<string> FreeMailDomains)
{
    /// <summary>Sensible defaults for a small service business.</summary>
    public static TemperatureRules Default { get; } = new(
        ["urgent", "asap", "emergency", "today", "immediately", "burst", "flood", "flooding", "no heating", "no hot water"],
        ["quote", "price", "estimate", "cost", "booking", "book", "available", "availability"],
        ["gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "hotmail.co.uk", "live.com", "live.co.uk", "msn.com",
         "yahoo.com", "yahoo.co.uk", "icloud.com", "me.com", "mac.com", "aol.com", "protonmail.com", "proton.me",
         "btinternet.com", "sky.com", "talktalk.net", "virginmedia.com", "gmx.com", "gmx.de", "web.de", "mail.ru",
         "yandex.ru", "orange.fr", "wp.pl", "ukr.net", "fastmail.com", "zoho.com"]);

    /// <summary>The temperature of a lead with this text and these contact details.</summary>
    public Temperature Judge(string text, EmailAddress? email, bool hasPhone, string? company)
    {
        if (HotKeywords.Any(k => ContainsWord(text, k)))
            return Temperature.Hot;
        var points = 0;
        if (WarmKeywords.Any(k => ContainsWord(text, k)))
            points++;
        if (Budget().IsMatch(text))
            points++;
        if (hasPhone)
            points++;
        if (!string.IsNullOrWhiteSpace(company) || (email is not null && !FreeMailDomains.Any(email.IsIn)))
            points++;
        return points >= 3 ? Temperature.Hot : points >= 1 ? Temperature.Warm : Temperature.Cold;
    }

    private static bool ContainsWord(string text, string keyword)
    {
        var at = 0;
        while ((at = text.IndexOf(keyword, at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var end = at + keyword.Length;
            var after = end >= text.Length || !char.IsLetter(text[end]) || text[end] == 's';
            if (before && after)
                return true;
            at = end;
        }
        return false;
    }

    [GeneratedRegex(@"([£$€]\s?\d[\d,.]*\s?k?\b)|(\b\d[\d,.]*\s?(k|K|GBP|EUR|USD|pounds|euros|dollars)\b)|\bbudget\b", RegexOptions.IgnoreCase)]
    private static partial Regex Budget();
}
