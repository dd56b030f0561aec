namespace SheetLeads.Core.Rules;

/// <summary>What a lead must have to start as New rather than Incomplete (SPEC §2).</summary>
public enum RequiredField
{
    /// <summary>A name.</summary>
    Name,
    /// <summary>An e-mail address.</summary>
    Email,
    /// <summary>A phone number.</summary>
    Phone,
    /// <summary>An e-mail address or a phone number.</summary>
    EmailOrPhone,
    /// <summary>A company.</summary>
    Company,
    /// <summary>Some enquiry text.</summary>
    Message,
}

/// <summary>The configured required fields.</summary>
/// <param name="Fields">Every field a lead must have.</param>
public sealed record RequiredFields(IReadOnlyList<RequiredField> Fields)
{
    /// <summary>SPEC §10's example: Name, and Email or Phone.</summary>
    public static RequiredFields Default { get; } = new([RequiredField.Name, RequiredField.EmailOrPhone]);

    /// <summary>Whether a lead with these values lacks any required field.</summary>
    public bool LacksAny(string? name, string? email, string? phone, string? company, string? message)
    {
        foreach (var field in Fields)
            if (Lacks(field, name, email, phone, company, message))
                return true;
        return false;
    }

    private static bool Lacks(RequiredField field, string? name, string? email, string? phone, string? company, string? message) => field switch
    {
        RequiredField.Name => string.IsNullOrWhiteSpace(name),
        RequiredField.Email => string.IsNullOrWhiteSpace(email),
        RequiredField.Phone => string.IsNullOrWhiteSpace(phone),
        RequiredField.EmailOrPhone => string.IsNullOrWhiteSpace(email) && string.IsNullOrWhiteSpace(phone),
        RequiredField.Company => string.IsNullOrWhiteSpace(company),
        RequiredField.Message => string.IsNullOrWhiteSpace(message),
        _ => false,
    };
}
