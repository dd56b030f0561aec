namespace SheetLeads.Worker.Options;

/// <summary>SPEC §10 <c>SheetLeads:Notifications</c>.</summary>
internal sealed class NotificationsOptions
{
    public const string Section = "SheetLeads:Notifications";

    /// <summary>Whether mails are sent. Default: false.</summary>
    public bool Enabled { get; set; }

    /// <summary>The SMTP server.</summary>
    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>The sender address; mail from it is never taken in as an enquiry (loop guard), even while disabled.</summary>
    public string? From { get; set; }

    /// <summary>Local time of the daily digest. Default: 08:00.</summary>
    public string DigestAt { get; set; } = "08:00";
}

/// <summary><c>SheetLeads:Notifications:Smtp</c>.</summary>
internal sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public string Security { get; set; } = "StartTls";
    public string? Username { get; set; }
    public string? Password { get; set; }
}
