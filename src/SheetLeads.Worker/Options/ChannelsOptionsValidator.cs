using Microsoft.Extensions.Options;
using SheetLeads.Worker.Imap;

namespace SheetLeads.Worker.Options;

internal sealed class ChannelsOptionsValidator : IValidateOptions<ChannelsOptions>
{
    private const string S = ChannelOptions.Section;

    public ValidateOptionsResult Validate(string? name, ChannelsOptions o)
    {
        var result = new ValidateOptionsResultBuilder();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < o.Items.Count; i++)
        {
            var c = o.Items[i];
            var key = $"{S}:{i}";
            if (string.IsNullOrWhiteSpace(c.Name))
                result.AddError($"{key}:Name must not be empty: it starts every reference the channel makes.");
            else if (c.Name.Any(ch => ch == ':' || char.IsWhiteSpace(ch)))
                result.AddError($"{key}:Name must not contain ':' or spaces; it is '{c.Name}'.");
            else if (!names.Add(c.Name))
                result.AddError($"{key}:Name '{c.Name}' is used by another channel; names must be unique.");
            if (c.IsKind(ChannelKinds.MailFolder) || c.IsKind(ChannelKinds.FormFolder))
            {
                if (string.IsNullOrWhiteSpace(c.Path))
                    result.AddError($"{key}:Path must name the folder to read.");
            }
            else if (c.IsKind(ChannelKinds.Imap))
                Imap(c, key, result);
            else if (c.IsKind(ChannelKinds.Form))
                FormEndpointRules.Validate(c, key, result);
            else
                result.AddError($"{key}:Kind must be one of {string.Join(", ", ChannelKinds.All)}; it is '{c.Kind}'.");
            if (!c.IsKind(ChannelKinds.Imap) && ChannelKinds.All.Any(c.IsKind) && !string.IsNullOrEmpty(c.SentFolder))
                result.AddError($"{key}:SentFolder is only read by a mailbox channel (Kind Imap); remove it from this {c.Kind} channel.");
            if (c.IsKind(ChannelKinds.FormFolder) || c.IsKind(ChannelKinds.Form))
                FormEndpointRules.Preset(c, key, result);
        }
        return result.Build();
    }

    private static void Imap(ChannelOptions c, string key, ValidateOptionsResultBuilder result)
    {
        if (string.IsNullOrWhiteSpace(c.Host))
            result.AddError($"{key}:Host must name the mail server, e.g. imap.example.com.");
        if (c.Port is < 1 or > 65535)
            result.AddError($"{key}:Port must be from 1 to 65535; it is {c.Port}.");
        if (string.IsNullOrWhiteSpace(c.Username))
            result.AddError($"{key}:Username must be the mailbox login, e.g. enquiries@example.com.");
        if (c.Auth.Equals("Password", StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrEmpty(c.Password))
                result.AddError($"{key}:Password must be set (better: {key}:Password_FILE naming a file that holds it).");
        }
        else if (c.Auth.Equals("OAuth2", StringComparison.OrdinalIgnoreCase))
            OAuth2(c.OAuth2, key + ":OAuth2", result);
        else
            result.AddError($"{key}:Auth must be Password or OAuth2; it is '{c.Auth}'.");
        if (!new[] { "Tls", "StartTls", "None" }.Contains(c.Security, StringComparer.OrdinalIgnoreCase))
            result.AddError($"{key}:Security must be Tls, StartTls or None; it is '{c.Security}'.");
        else if (c.Security.Equals("None", StringComparison.OrdinalIgnoreCase) && !IsLoopback(c.Host))
            result.AddError($"{key}:Security None sends the password in clear, so it is only allowed for a server on this machine (localhost, 127.0.0.1); use Tls or StartTls for '{c.Host}'.");
        if (string.IsNullOrWhiteSpace(c.Folder))
            result.AddError($"{key}:Folder must name the folder to read, e.g. INBOX.");
        if (!string.IsNullOrWhiteSpace(c.CertificateFile) && ServerCertificates.Problem(c.CertificateFile) is { } problem)
            result.AddError($"{key}:CertificateFile {problem}.");
        if (!Enum.TryParse<SheetLeads.Worker.Imap.ImapMarker>(c.Marker, ignoreCase: true, out var marker) || int.TryParse(c.Marker, out _))
            result.AddError($"{key}:Marker must be Keyword, Seen or Move; it is '{c.Marker}'.");
        else if (marker == SheetLeads.Worker.Imap.ImapMarker.Move && string.IsNullOrWhiteSpace(c.MarkerFolder))
            result.AddError($"{key}:MarkerFolder must name the folder messages are moved to when Marker is Move.");
        else if (marker == SheetLeads.Worker.Imap.ImapMarker.Keyword && (string.IsNullOrWhiteSpace(c.MarkerKeyword) || c.MarkerKeyword.Any(ch => ch <= ' ' || "(){%*\\\"]".Contains(ch))))
            result.AddError($"{key}:MarkerKeyword must be one IMAP keyword without spaces or ( ) {{ % * \\ \" ], e.g. $SheetLeads; it is '{c.MarkerKeyword}'.");
        if (!string.IsNullOrEmpty(c.SentFolder))
            SentFolder(c, key, marker, result);
    }

    // SPEC §4: the team's replies are looked for in the sent mail; the folder read or the one enquiries are moved to holds enquiries.
    private static void SentFolder(ChannelOptions c, string key, SheetLeads.Worker.Imap.ImapMarker marker, ValidateOptionsResultBuilder result)
    {
        var sent = c.SentFolder!.Trim();
        if (sent.Length == 0)
            result.AddError($"{key}:SentFolder must name the folder the team's sent mail is in, e.g. Sent, or be left out; it is '{c.SentFolder}'.");
        else if (SameFolder(sent, c.Folder))
            result.AddError($"{key}:SentFolder must be the folder the team's sent mail is in, not the folder enquiries are read from ('{c.Folder}').");
        else if (marker == SheetLeads.Worker.Imap.ImapMarker.Move && SameFolder(sent, c.MarkerFolder))
            result.AddError($"{key}:SentFolder must be the folder the team's sent mail is in, not MarkerFolder ('{c.MarkerFolder}'), where enquiries taken in are moved.");
    }

    // IMAP folder names are case-sensitive, except INBOX (RFC 3501 §5.1).
    private static bool SameFolder(string a, string? b) =>
        b is not null && string.Equals(a.Trim(), b.Trim(),
            a.Trim().Equals("INBOX", StringComparison.OrdinalIgnoreCase) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    private static void OAuth2(OAuth2Options o, string key, ValidateOptionsResultBuilder result)
    {
        if (!Uri.TryCreate(o.TokenUrl, UriKind.Absolute, out var url) || !(url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp && IsLoopback(url.Host)))
            result.AddError($"{key}:TokenUrl must be the https address of the token endpoint, e.g. https://oauth2.googleapis.com/token; it is '{o.TokenUrl}'.");
        if (string.IsNullOrWhiteSpace(o.ClientId))
            result.AddError($"{key}:ClientId must be the OAuth client's id.");
        if (string.IsNullOrEmpty(o.RefreshToken) && string.IsNullOrEmpty(o.ClientSecret))
            result.AddError($"{key}:RefreshToken (or, for app-only access, ClientSecret) must be set (better: {key}:RefreshToken_FILE naming a file that holds it).");
    }

    internal static bool IsLoopback(string? host) =>
        host is not null && (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
                             || System.Net.IPAddress.TryParse(host, out var ip) && System.Net.IPAddress.IsLoopback(ip));
}
