namespace SheetLeads.Worker.Options;

/// <summary>One entry of SPEC §10 <c>SheetLeads:Channels</c>.</summary>
internal sealed class ChannelOptions
{
    public const string Section = "SheetLeads:Channels";

    /// <summary>The channel's name: the first part of its references (<c>name:id</c>), so never rename it.</summary>
    public string Name { get; set; } = "";

    /// <summary><c>MailFolder</c>, <c>FormFolder</c>, <c>Imap</c> or <c>Form</c>.</summary>
    public string Kind { get; set; } = "";

    /// <summary>The Source label written to the sheet. Default: "Email" for mail, "Website form" for forms.</summary>
    public string? Source { get; set; }

    /// <summary>Folder to read (MailFolder, FormFolder), relative to the config file's folder.</summary>
    public string? Path { get; set; }

    /// <summary>Shape of the form JSON: Generic (default), Typeform, Tally, JotForm or Formspree.</summary>
    public string Preset { get; set; } = "Generic";

    /// <summary>Mail server (Imap).</summary>
    public string? Host { get; set; }

    /// <summary>Mail server port (Imap). Default: 993 for Tls, 143 otherwise.</summary>
    public int? Port { get; set; }

    /// <summary><c>Tls</c> (default), <c>StartTls</c> or <c>None</c> (loopback only).</summary>
    public string Security { get; set; } = "Tls";

    /// <summary>
    /// PEM file of the mail server's own certificate, or of the authority that signed it, for a server whose certificate
    /// no public authority vouches for (self-signed, a company CA); relative to the config file. Trusted besides the system's.
    /// </summary>
    public string? CertificateFile { get; set; }

    /// <summary>Login name (Imap).</summary>
    public string? Username { get; set; }

    /// <summary>How the mailbox login is proved (Imap): <c>Password</c> (default) or <c>OAuth2</c>.</summary>
    public string Auth { get; set; } = "Password";

    /// <summary>Password (Imap, Auth Password); prefer <c>Password_FILE</c>.</summary>
    public string? Password { get; set; }

    /// <summary>Where access tokens come from (Imap, Auth OAuth2).</summary>
    public OAuth2Options OAuth2 { get; set; } = new();

    /// <summary>Mailbox folder to read (Imap). Default: INBOX.</summary>
    public string Folder { get; set; } = "INBOX";

    /// <summary><c>Keyword</c> (default), <c>Seen</c> or <c>Move</c>.</summary>
    public string Marker { get; set; } = "Keyword";

    /// <summary>The keyword set on messages taken in. Default: $SheetLeads.</summary>
    public string MarkerKeyword { get; set; } = "$SheetLeads";

    /// <summary>Where messages are moved when Marker is Move.</summary>
    public string? MarkerFolder { get; set; }

    /// <summary>
    /// The mailbox's folder of sent mail (Imap), e.g. <c>Sent</c>: a reply the team sent from it to a lead's address or
    /// in its thread stamps First response and moves a new lead on (SPEC §4). Only read, never marked. Default: none (off).
    /// </summary>
    public string? SentFolder { get; set; }

    /// <summary>The form service's list endpoint to poll (Form), e.g. https://api.typeform.com/forms/abc123/responses.</summary>
    public string? Url { get; set; }

    /// <summary>API key or token (Form); prefer <c>Token_FILE</c>.</summary>
    public string? Token { get; set; }

    /// <summary>The request header that carries <see cref="Token"/> (Form). Default: <c>APIKEY</c> for JotForm, else <c>Authorization</c>.</summary>
    public string? TokenHeader { get; set; }

    /// <summary>
    /// How <see cref="Token"/> is written into an <c>Authorization</c> header (Form): <c>Bearer</c>, <c>Basic</c> (the
    /// token as the password of an empty user name, as Formspree's <c>curl -u :KEY</c>) or <c>None</c> (as it is).
    /// Default: Basic for Formspree, None for JotForm, else Bearer.
    /// </summary>
    public string? TokenScheme { get; set; }

    /// <summary>Submissions asked for per page (Form). Default: the preset's (Typeform 200, Tally 50, JotForm 100, Formspree 100).</summary>
    public int? PageSize { get; set; }

    /// <summary>How long one request may take before it is abandoned and retried (Form).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries of a request that failed in a passing way: timeouts, 5xx, 429 (Form).</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first retry's delay, doubled for each next one with jitter; a <c>Retry-After</c> answer wins (Form).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Pushes this channel takes at the worker's webhook endpoint (Form; see <c>SheetLeads:Webhooks</c>).</summary>
    public WebhookOptions Webhook { get; set; } = new();

    /// <summary>Where the generic preset finds a submission's parts in any JSON (Form, FormFolder with Preset Generic).</summary>
    public FormMappingOptions Mapping { get; set; } = new();

    public bool IsKind(string kind) => Kind.Equals(kind, StringComparison.OrdinalIgnoreCase);
}

/// <summary>The channel kinds.</summary>
internal static class ChannelKinds
{
    public const string MailFolder = "MailFolder";
    public const string FormFolder = "FormFolder";
    public const string Imap = "Imap";
    public const string Form = "Form";
    public static readonly IReadOnlyList<string> All = [MailFolder, FormFolder, Imap, Form];
}
