using System.Globalization;
using PhoneNumbers;
using PhoneNumber = SheetLeads.Core.Leads.PhoneNumber;

namespace SheetLeads.Core.Normalisation;

/// <summary>
/// Writes phone numbers as E.164 using libphonenumber and the business's default region (SPEC §2). A number
/// libphonenumber cannot parse is kept exactly as typed. Validity is not required: Ofcom's drama range
/// (07700 900xxx) parses but is not "valid", and SPEC's own example writes it as E.164. Plausibility is: the E.164
/// form must be the digits the customer typed, of a length a number can have and without an extension, or two
/// customers who typed "0000000000" into a required field would be matched as one.
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
            return IsPlausible(parsed, text)
                ? new PhoneNumber(Util.Format(parsed, PhoneNumberFormat.E164), true)
                : new PhoneNumber(text, false);
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

    private static bool IsPlausible(PhoneNumbers.PhoneNumber parsed, string typed) =>
        parsed.NationalNumber > 0
        && !parsed.HasExtension // E.164 has no room for "ext. 214", and the team needs it to reach the caller
        && Util.IsPossibleNumberWithReason(parsed) == PhoneNumberUtil.ValidationResult.IS_POSSIBLE
        // libphonenumber reads letters as a keypad does ("(mobile)" becomes 662453): only typed digits count.
        && TypedDigits(typed).Contains(parsed.NationalNumber.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static string TypedDigits(string typed) =>
        string.Concat(typed.Where(char.IsDigit).Select(c => (char)('0' + (int)char.GetNumericValue(c))));
}
