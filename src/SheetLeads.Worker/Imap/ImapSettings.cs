using MailKit.Security;

namespace SheetLeads.Worker.Imap;

/// <summary>Where and how an IMAP channel reads (SPEC §10 Channels, Kind Imap); <c>Sent</c> when it looks for the team's replies too.</summary>
internal sealed record ImapSettings(
    string Host,
    int Port,
    SecureSocketOptions Security,
    string Username,
    ImapLogin Login,
    string Folder,
    ImapMarker Marker,
    string MarkerKeyword,
    string? MarkerFolder,
    System.Security.Cryptography.X509Certificates.X509Certificate2Collection? TrustedCertificates = null,
    SentFolderSettings? Sent = null);

/// <summary>How a message taken in is marked in the mailbox, once the sheet holds it.</summary>
internal enum ImapMarker
{
    /// <summary>A keyword (default <c>$SheetLeads</c>); the message stays unread.</summary>
    Keyword,
    /// <summary>The \Seen flag.</summary>
    Seen,
    /// <summary>Moved to <see cref="ImapSettings.MarkerFolder"/>.</summary>
    Move,
}
