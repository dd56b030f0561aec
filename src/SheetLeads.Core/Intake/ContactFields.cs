using System.Text;
using SheetLeads.Core.Leads;
using SheetLeads.Core.Normalisation;

namespace SheetLeads.Core.Intake;

/// <summary>
/// Collects labelled answers into lead fields. The first answer for a field fills it; everything else the customer
/// typed — answers no field takes, e-mail answers that are not addresses, a second different answer for a field
/// already filled, first and last names when a full name was given — becomes a <c>Label: value</c> line after the
/// message, so nothing the customer wrote is lost (SPEC §1).
/// </summary>
internal sealed class ContactFields(IntakeSettings settings)
{
    private readonly List<string> _message = [];
    private readonly List<string> _extra = [];
    private (string Label, string Value)? _firstName;
    private (string Label, string Value)? _lastName;
    private string? _typedName;
    private string? _givenName;

    /// <summary>The name an answer gave, or the display name of an address.</summary>
    public string? Name => _typedName ?? _givenName;

    public EmailAddress? Email { get; private set; }
    public PhoneNumber? Phone { get; private set; }
    public string? Company { get; private set; }

    /// <summary>How many answers had a label (or hint) that names a lead field.</summary>
    public int Recognised { get; private set; }

    public void Add(string label, string? value, LeadField? field)
    {
        var v = value?.Trim();
        if (string.IsNullOrEmpty(v))
            return;
        switch (field)
        {
            case LeadField.Name:
                var name = NameNormaliser.Normalise(v);
                if (_typedName is null)
                    _typedName = name;
                else if (!Same(_typedName, name))
                    Keep(label, v);
                break;
            case LeadField.FirstName:
                Part(ref _firstName, label, v);
                break;
            case LeadField.LastName:
                Part(ref _lastName, label, v);
                break;
            case LeadField.Email when TryAddress(v, out var display, out var address):
                if (Email is null)
                    Email = address;
                else if (Email != address)
                    Keep(label, v);
                if (display is not null)
                    _givenName ??= DisplayName(display);
                break;
            case LeadField.Phone:
                var phone = settings.Phones.Normalise(v);
                if (Phone is null)
                    Phone = phone;
                else if (phone is not null && Phone.Text != phone.Text)
                    Keep(label, v);
                break;
            case LeadField.Company:
                if (Company is null)
                    Company = v;
                else if (!Same(Company, v))
                    Keep(label, v);
                break;
            case LeadField.Message:
                _message.Add(v);
                break;
            default:
                Keep(label, v);
                return;
        }
        Recognised++;
    }

    /// <summary>A contact given by the message's headers, used where no answer gave one.</summary>
    public void Fallback(string? name, EmailAddress? email)
    {
        Email ??= email;
        _givenName ??= DisplayName(name);
    }

    // "john.smith@gmail.com" <john.smith@gmail.com>: a display name that is only an address is no name at all.
    private static string? DisplayName(string? display) =>
        EmailAddress.TryParse(display, out _) ? null : NameNormaliser.Normalise(display);

    /// <summary>A typed full name, else typed first and last names joined, else an address's display name.</summary>
    public string? FullName => _typedName ?? JoinedName ?? _givenName;

    /// <summary>The message answers, then the other answers as <c>Label: value</c> lines.</summary>
    public string MessageText()
    {
        var extra = new List<string>(_extra);
        if (_typedName is not null)
        {
            // A full name was typed as well: the parts may say more (a maiden name, a spelling), so keep them.
            foreach (var part in new[] { _firstName, _lastName })
                if (part is { } p && !_typedName.Contains(p.Value, StringComparison.OrdinalIgnoreCase))
                    extra.Add(Line(p.Label, p.Value));
        }
        var sb = new StringBuilder();
        foreach (var part in _message)
            sb.Append(sb.Length > 0 ? "\n\n" : "").Append(part);
        if (extra.Count > 0)
            sb.Append(sb.Length > 0 ? "\n\n" : "").AppendJoin('\n', extra);
        return sb.ToString();
    }

    private string? JoinedName =>
        NameNormaliser.Normalise(string.Join(' ', new[] { _firstName?.Value, _lastName?.Value }.Where(s => !string.IsNullOrWhiteSpace(s))));

    private void Part(ref (string Label, string Value)? slot, string label, string value)
    {
        if (slot is null)
            slot = (label, value);
        else if (!Same(slot.Value.Value, value))
            Keep(label, value);
    }

    private void Keep(string label, string value) => _extra.Add(Line(label, value));

    private static string Line(string label, string value) => label.Trim().TrimEnd(':').TrimEnd() + ": " + value;

    private static bool Same(string? a, string? b) => string.Equals(a?.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);

    // "Priya Patel <priya@example.com>", "priya@example.com", "mailto:priya@example.com".
    private static bool TryAddress(string value, out string? name, out EmailAddress? address)
    {
        name = null;
        var lt = value.LastIndexOf('<');
        var gt = value.LastIndexOf('>');
        if (lt >= 0 && gt > lt)
        {
            name = value[..lt].Trim().Trim('"').Trim();
            if (name.Length == 0)
                name = null;
            return EmailAddress.TryParse(value[(lt + 1)..gt], out address);
        }
        return EmailAddress.TryParse(value, out address);
    }
}
