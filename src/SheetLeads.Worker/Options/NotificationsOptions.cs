namespace SheetLeads.Worker.Options;

/// <summary>SPEC §10 <c>SheetLeads:Notifications</c>: the mails of SPEC §7, sent over SMTP.</summary>
internal sealed class NotificationsOptions
{
    public const string Section = "SheetLeads:Notifications";

    /// <summary>Whether mails are sent. Default: false (nothing is queued either).</summary>
    public bool Enabled { get; set; }

    /// <summary>The SMTP server.</summary>
    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>The sender address; mail from it is never taken in as an enquiry (loop guard), even while disabled.</summary>
    public string? From { get; set; }

    /// <summary>Local time of the daily digest to the manager. Default: 08:00.</summary>
    public string DigestAt { get; set; } = "08:00";

    /// <summary>An active lead whose Next contact is this many days past is escalated to the manager. Default: 2.</summary>
    public int OverdueDays { get; set; } = 2;
}

/// <summary><c>SheetLeads:Notifications:Smtp</c>.</summary>
internal sealed class SmtpOptions
{
    /// <summary>The server's host name.</summary>
    public string? Host { get; set; }

    /// <summary>Default: 587 (submission with STARTTLS).</summary>
    public int Port { get; set; } = 587;

    /// <summary><c>StartTls</c> (default), <c>Tls</c> (implicit, usually port 465) or <c>None</c> (loopback servers only).</summary>
    public string Security { get; set; } = "StartTls";

    /// <summary>The login; none means the server takes mail without one.</summary>
    public string? Username { get; set; }

    /// <summary>The password (better: <c>Password_FILE</c>).</summary>
    public string? Password { get; set; }

    /// <summary>A PEM certificate (the server's own or its authority) trusted besides the system's.</summary>
    public string? CertificateFile { get; set; }

    /// <summary>How long one SMTP exchange may take. Default: 30 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
