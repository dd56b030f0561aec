using PhoneNumbers;
using PhoneNumber = SheetLeads.Core.Leads.PhoneNumber;

namespace SheetLeads.Core.Normalisation;

/// <summary>
/// Writes phone numbers as E.164 using libphonenumber and the business's default region (SPEC §2). A number
/// libphonenumber cannot parse is kept exactly as typed. Validity is not required: Ofcom's drama range
/// (07700 900xxx) parses but is not "valid", and SPEC's own example writes it as E.164.
/// </summary>
public sealed class PhoneNormaliser(string defaultRegion)
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>The ISO 3166 region numbers without a country code are read in, e.g. <c>GB</c>.</summary>
    public string DefaultRegion { get; } = defaultRegion.ToUpperInvariant();

    /// <summary>True when libphonenumber knows the region code.</summary>
    public static bool IsKnownRegion(string region) => Util.GetSupportedRegions().Contains(region.ToUpperInvariant());

    /// <summary>The number as the sheet shows it, or null for empty input.</summary>
    public PhoneNumber? Normalise(string? typed)
    {
        var text = typed?.Trim();
        if (string.IsNullOrEmpty(text))
            return null;
        if (text.Length > 64) // far longer than any number: libphonenumber refuses it anyway
            return new PhoneNumber(text, false);
        try
        {
            var parsed = Util.Parse(text, DefaultRegion);
            return new PhoneNumber(Util.Format(parsed, PhoneNumberFormat.E164), true);
        }
        catch (NumberParseException)
        {
            return new PhoneNumber(text, false);
        }
    }

    /// <summary>The E.164 form used for matching, or null when the text is not a number.</summary>
    public string? MatchKey(string? typed)
    {
        var phone = Normalise(typed);
        return phone is { IsE164: true } ? phone.Text : null;
    }
}
