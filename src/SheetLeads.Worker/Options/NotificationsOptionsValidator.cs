using System.Globalization;
using Microsoft.Extensions.Options;
using SheetLeads.Core.Leads;
using SheetLeads.Worker.Imap;

namespace SheetLeads.Worker.Options;

/// <summary>
/// Checks <c>SheetLeads:Notifications</c>; when mails are sent, also that no configured recipient is a mailbox a
/// channel reads (SPEC §7: never to an address that would loop back into the watched mailbox).
/// </summary>
internal sealed class NotificationsOptionsValidator(IOptions<TeamOptions> team, IOptions<ChannelsOptions> channels) : IValidateOptions<NotificationsOptions>
{
    private const string S = NotificationsOptions.Section;

    public ValidateOptionsResult Validate(string? name, NotificationsOptions o)
    {
        var result = new ValidateOptionsResultBuilder();
        if (o.From is not null && !EmailAddress.TryParse(o.From, out _))
            result.AddError($"{S}:From must be an e-mail address; it is '{o.From}'.");
        if (!TimeOnly.TryParseExact(o.DigestAt, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            result.AddError($"{S}:DigestAt must be a time such as 08:00; it is '{o.DigestAt}'.");
        if (o.OverdueDays is < 1 or > 365)
            result.AddError($"{S}:OverdueDays must be from 1 to 365 days; it is {o.OverdueDays}.");
        if (o.Enabled)
        {
            if (string.IsNullOrWhiteSpace(o.From))
                result.AddError($"{S}:From must be set when {S}:Enabled is true: the address the mails come from, e.g. sheetleads@example.com.");
            Smtp(o.Smtp, result);
            Recipients(result);
        }
        return result.Build();
    }

    private static void Smtp(SmtpOptions smtp, ValidateOptionsResultBuilder result)
    {
        const string key = S + ":Smtp";
        if (string.IsNullOrWhiteSpace(smtp.Host))
            result.AddError($"{key}:Host must name the SMTP server, e.g. smtp.example.com.");
        if (smtp.Port is < 1 or > 65535)
            result.AddError($"{key}:Port must be from 1 to 65535; it is {smtp.Port}.");
        if (!new[] { "Tls", "StartTls", "None" }.Contains(smtp.Security, StringComparer.OrdinalIgnoreCase))
            result.AddError($"{key}:Security must be StartTls, Tls or None; it is '{smtp.Security}'.");
        else if (smtp.Security.Equals("None", StringComparison.OrdinalIgnoreCase) && !ChannelsOptionsValidator.IsLoopback(smtp.Host))
            result.AddError($"{key}:Security None sends mail and password in clear, so it is only allowed for a server on this machine (localhost, 127.0.0.1); use StartTls or Tls for '{smtp.Host}'.");
        if (!string.IsNullOrEmpty(smtp.Username) && string.IsNullOrEmpty(smtp.Password))
            result.AddError($"{key}:Password must be set with {key}:Username (better: {key}:Password_FILE naming a file that holds it).");
        if (!string.IsNullOrWhiteSpace(smtp.CertificateFile) && ServerCertificates.Problem(smtp.CertificateFile) is { } problem)
            result.AddError($"{key}:CertificateFile {problem}.");
        if (smtp.Timeout <= TimeSpan.Zero || smtp.Timeout > TimeSpan.FromMinutes(10))
            result.AddError($"{key}:Timeout must be more than 0 and at most 00:10:00; it is {smtp.Timeout}.");
    }

    private void Recipients(ValidateOptionsResultBuilder result)
    {
        var watched = WatchedMailboxes.Of(channels.Value);
        void Refuse(string key, string? address)
        {
            if (address is not null && watched.TryGetValue(address.Trim(), out var channel))
                result.AddError($"{key} is {address}, the mailbox channel '{channel}' reads: mails sent there would come back into it. Use another address.");
        }
        Refuse(TeamOptions.Section + ":Manager", team.Value.Manager);
        for (var i = 0; i < team.Value.Members.Count; i++)
            Refuse($"{TeamOptions.Section}:Members:{i}:Email", team.Value.Members[i].Email);
    }
}
