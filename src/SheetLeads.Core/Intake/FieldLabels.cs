using System.Text.RegularExpressions;

namespace SheetLeads.Core.Intake;

/// <summary>
/// Maps form labels to lead fields by configurable name lists (SPEC §1), e.g. "Your name", "Full name", "Name" →
/// Name. Labels compare without case, surrounding punctuation (<c>:</c>, <c>*</c>, <c>?</c>) or extra spaces, and
/// the field keys form services use for labels compare as words: <c>phone_number</c> and <c>phoneNumber</c> are
/// "Phone number" (a Typeform ref, a Formspree field name).
/// </summary>
public sealed partial class FieldLabels
{
    private readonly Dictionary<string, LeadField> _lookup = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates the mapping; a label listed under two fields belongs to the first in enum order.</summary>
    public FieldLabels(IReadOnlyDictionary<LeadField, IReadOnlyList<string>> names)
    {
        Names = names;
        foreach (var field in Enum.GetValues<LeadField>())
            if (names.TryGetValue(field, out var list))
                foreach (var label in list)
                    _lookup.TryAdd(Clean(label), field);
    }

    /// <summary>The configured lists.</summary>
    public IReadOnlyDictionary<LeadField, IReadOnlyList<string>> Names { get; }

    /// <summary>The built-in lists, used for any field the configuration leaves out.</summary>
    public static IReadOnlyDictionary<LeadField, IReadOnlyList<string>> DefaultNames { get; } = new Dictionary<LeadField, IReadOnlyList<string>>
    {
        [LeadField.Name] = ["Name", "Your name", "Full name", "Fullname", "Contact name", "Customer name", "First and last name", "Your full name"],
        [LeadField.FirstName] = ["First name", "Firstname", "Given name", "Forename"],
        [LeadField.LastName] = ["Last name", "Lastname", "Surname", "Family name"],
        [LeadField.Email] = ["Email", "E-mail", "Email address", "E-mail address", "Your email", "Your e-mail", "Your email address", "Mail", "From", "Sender"],
        [LeadField.Phone] = ["Phone", "Phone number", "Telephone", "Telephone number", "Tel", "Mobile", "Mobile number", "Your phone", "Your phone number", "Contact number", "Phone no"],
        [LeadField.Company] = ["Company", "Company name", "Organisation", "Organization", "Business", "Business name", "Your company"],
        [LeadField.Message] = ["Message", "Message body", "Your message", "Details", "Enquiry", "Inquiry", "Comments", "Comment", "How can we help", "What do you need help with", "What can we help with", "Description", "Project details", "Request", "Question", "Anything else we should know"],
    };

    /// <summary>The built-in mapping.</summary>
    public static FieldLabels Default { get; } = new(DefaultNames);

    /// <summary>The field a label maps to, or null for a label to keep as a <c>Label: value</c> line.</summary>
    public LeadField? Match(string? label) =>
        label is not null && _lookup.TryGetValue(Clean(label), out var field) ? field : null;

    /// <summary>A label reduced to what is compared.</summary>
    public static string Clean(string label)
    {
        var words = CamelHump().Replace(label.Replace('_', ' '), " ");
        return Spaces().Replace(words.Trim().Trim(':', '*', '?', '.', ' ', '\t'), " ");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    // Only a lower-case letter followed by an upper-case one: "phoneNumber", never "E-Mail" or "ABC".
    [GeneratedRegex(@"(?<=\p{Ll})(?=\p{Lu})")]
    private static partial Regex CamelHump();
}
