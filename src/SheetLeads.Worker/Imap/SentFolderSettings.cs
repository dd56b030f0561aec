namespace SheetLeads.Worker.Imap;

/// <summary>A mailbox channel's folder of sent mail, read for the team's replies (SPEC §4).</summary>
/// <param name="Folder">The folder, e.g. <c>Sent</c>.</param>
/// <param name="Key">Its configuration key (<c>SheetLeads:Channels:0:SentFolder</c>), for the messages that name it.</param>
/// <param name="FirstLookBack">
/// How far back the first read goes: the conversion window, since a lead older than that is Stalled whatever its first
/// response; years of sent mail are not read at all.
/// </param>
internal sealed record SentFolderSettings(string Folder, string Key, TimeSpan FirstLookBack);
