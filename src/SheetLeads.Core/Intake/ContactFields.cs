using System.Text;
using SheetLeads.Core.Leads;
using SheetLeads.Core.Normalisation;

namespace SheetLeads.Core.Intake;

/// <summary>
/// Collects labelled answers into lead fields. The first answer for a field wins; answers no field takes — and
/// e-mail answers that are not addresses — become <c>Label: value</c> lines after the message, so nothing the
/// customer wrote is lost (SPEC §1).
/// </summary>
internal sealed class ContactFields(IntakeSettings settings)
{
    private readonly List<string> _message = [];
    private readonly List<string> _extra = [];
    private string? _firstName;
    private string? _lastName;

    public string? Name { get; private set; }
    public EmailAddress? Email { get; private set; }
    public PhoneNumber? Phone { get; private set; }
    public string? Company { get; private set; }

    /// <summary>How many answers were taken into a lead field.</summary>
    public int Recognised { get; private set; }

    public void Add(string label, string? value, LeadField? field)
    {
        var v = value?.Trim();
        if (string.IsNullOrEmpty(v))
            return;
        switch (field)
        {
            case LeadField.Name:
                Name ??= NameNormaliser.Normalise(v);
                break;
            case LeadField.FirstName:
                _firstName ??= v;
                break;
            case LeadField.LastName:
                _lastName ??= v;
                break;
            case LeadField.Email when TryAddress(v, out var name, out var address):
                Email ??= address;
                if (name is not null)
                    Name ??= NameNormaliser.Normalise(name);
                break;
            case LeadField.Phone:
                Phone ??= settings.Phones.Normalise(v);
                break;
            case LeadField.Company:
                Company ??= v;
                break;
            case LeadField.Message:
                _message.Add(v);
                break;
            default:
                _extra.Add(label.Trim().TrimEnd(':') + ": " + v);
                return;
        }
        Recognised++;
    }

    /// <summary>A contact given by the message's headers, used where no answer gave one.</summary>
    public void Fallback(string? name, EmailAddress? email)
    {
        Email ??= email;
        Name ??= NameNormaliser.Normalise(name);
    }

    public string? FullName => Name ?? NameNormaliser.Normalise(string.Join(' ', new[] { _firstName, _lastName }.Where(s => !string.IsNullOrWhiteSpace(s))));

    /// <summary>The message answers, then the other answers as <c>Label: value</c> lines.</summary>
    public string MessageText()
    {
        var sb = new StringBuilder();
        foreach (var part in _message)
            sb.Append(sb.Length > 0 ? "\n\n" : "").Append(part);
        if (_extra.Count > 0)
            sb.Append(sb.Length > 0 ? "\n\n" : "").AppendJoin('\n', _extra);
        return sb.ToString();
    }

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
