using System.Globalization;
using System.Runtime.CompilerServices;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using Microsoft.Extensions.Logging;
using SheetLeads.Core.Intake;
using SheetLeads.Core.Leads;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Sync;
using SheetLeads.Worker.Hosting;
using SheetLeads.Worker.MailFolder;
using SheetLeads.Worker.State;

namespace SheetLeads.Worker.Imap;

/// <summary>
/// SPEC §1's mailbox channel on MailKit: reads the messages of one folder above the checkpoint's UID (in UID order,
/// with BODY.PEEK so nothing is marked read), and once the sheet holds them sets the configured marker. The
/// checkpoint (UIDVALIDITY and the last UID taken) is stored with the cycle, after the sheet write, so a restart
/// resumes exactly; when UIDVALIDITY changes the folder is read again from the start and Message-IDs already in the
/// sheet make those messages duplicates, never new leads. The last UID marked is kept too: messages the sheet holds
/// but that were not marked (the worker stopped, or the server failed, between the sheet write and the marker) are
/// marked at the start of the next read. With a <see cref="ImapSettings.Sent"/> folder, each read then looks there for
/// the team's replies (<see cref="SentFolderRead"/>, SPEC §4); that folder failing is a problem of the cycle, never a
/// lost batch of enquiries.
/// </summary>
internal sealed class ImapChannel : IChannel, ICheckable
{
    private const string UidValidityKey = "uidvalidity";
    private const string UidKey = "uid";
    private const string MarkedKey = "marked";
    private readonly ImapSettings _settings;
    private readonly ICheckpointStore _checkpoints;
    private readonly TimeProvider _clock;
    private readonly ILogger<ImapChannel> _logger;
    private readonly ConditionalWeakTable<ChannelBatch, IReadOnlyList<UniqueId>> _read = [];
    private readonly MailboxMarker _marker;

    public ImapChannel(ChannelInfo info, ImapSettings settings, ICheckpointStore checkpoints, TimeProvider clock, ILogger<ImapChannel> logger)
    {
        Info = info;
        _settings = settings;
        _checkpoints = checkpoints;
        _clock = clock;
        _logger = logger;
        _marker = new MailboxMarker(info.Name, settings, logger);
    }

    public ChannelInfo Info { get; }

    public async Task<ChannelBatch> ReadAsync(int limit, CancellationToken cancellationToken)
    {
        var checkpoint = await _checkpoints.ReadCheckpointAsync(Info.Name, cancellationToken);
        await using var session = await ImapSession.OpenAsync(_settings, FolderAccess.ReadOnly, cancellationToken);
        var folder = session.Folder;
        var validity = folder.UidValidity;
        var sameFolder = checkpoint.TryGetValue(UidValidityKey, out var v) && v == validity.ToString(CultureInfo.InvariantCulture);
        var last = sameFolder ? Uid(checkpoint, UidKey) ?? 0 : 0;
        var marked = sameFolder ? Math.Min(Uid(checkpoint, MarkedKey) ?? last, last) : 0;
        if (!sameFolder && checkpoint.ContainsKey(UidValidityKey))
            _logger.UidValidityChanged(Info.Name, _settings.Folder, checkpoint[UidValidityKey], validity);
        var problems = new List<string>();
        if (marked < last)
            marked = await CatchUpMarkerAsync(new UniqueIdRange(validity, marked + 1, last), problems, cancellationToken) ? last : marked;

        // "n:*" always matches the newest message, even below n: only UIDs above the checkpoint count.
        var pending = (await folder.SearchAsync(SearchQuery.Uids(new UniqueIdRange(new UniqueId(validity, last + 1), UniqueId.MaxValue)), cancellationToken))
            .Where(id => id.Id > last).OrderBy(id => id.Id).ToArray();
        var batch = pending.Take(limit).ToArray();
        var (mails, refusal) = batch.Length == 0 ? ([], null) : await MessageFetch.FetchAsync(folder, batch, cancellationToken);
        var items = mails.Select(m => (ChannelItem)new MailItem(m.Mail, $"{_settings.Folder} UID {m.Uid.Id}")).ToList();
        var taken = mails.Select(m => m.Uid).ToList();
        // Later UIDs wait too, so the checkpoint never passes a message that was not taken in.
        if (refusal is not null)
            problems.Add($"{refusal} in {_settings.Folder}; it will be tried again next cycle");
        var entries = new Dictionary<string, string?>
        {
            [UidValidityKey] = validity.ToString(CultureInfo.InvariantCulture),
            [MarkedKey] = marked.ToString(CultureInfo.InvariantCulture),
        };
        if (taken.Count > 0)
            entries[UidKey] = taken[^1].Id.ToString(CultureInfo.InvariantCulture);
        else if (last == 0)
            entries[UidKey] = null;
        _logger.BatchRead(Info.Name, _settings.Folder, items.Count, pending.Length - batch.Length);

        var hasMore = pending.Length > batch.Length;
        IReadOnlyList<TeamReply> replies = [];
        if (_settings.Sent is { } sent)
        {
            // After the inbox, and not while enquiries wait there (beyond the limit, or behind a message the server
            // refused): a reply is never read before the enquiry it answers.
            if (hasMore || refusal is not null)
                _logger.SentFolderWaits(Info.Name, sent.Folder, _settings.Folder);
            else if (await ReadSentAsync(session, sent, checkpoint, limit, problems, cancellationToken) is { } read)
            {
                replies = read.Replies;
                foreach (var (key, value) in read.Entries)
                    entries[key] = value;
                hasMore = read.Waiting > 0;
            }
        }
        var result = new ChannelBatch(items, new ChannelCheckpoint(Info.Name, entries), problems, hasMore) { Replies = replies };
        _read.Add(result, taken);
        return result;
    }

    // The Sent folder's own failures are problems of this cycle: the enquiries read above are taken in all the same,
    // and the Sent folder's checkpoint stays where it was, so its replies are read next cycle.
    private async Task<SentRead?> ReadSentAsync(ImapSession session, SentFolderSettings sent, IReadOnlyDictionary<string, string> checkpoint,
        int limit, List<string> problems, CancellationToken cancellationToken)
    {
        try
        {
            var read = await SentFolderRead.ReadAsync(session.Client, sent, checkpoint, limit, _clock.GetUtcNow(), cancellationToken);
            if (read.Since is { } since)
                _logger.SentFolderFirstRead(Info.Name, sent.Folder, since);
            _logger.RepliesRead(Info.Name, sent.Folder, read.Replies.Count, read.Waiting);
            return read;
        }
        catch (FolderNotFoundException)
        {
            problems.Add($"the mailbox of {_settings.Username} has no folder '{sent.Folder}' to look for the team's replies in; check {sent.Key}. Enquiries are taken in meanwhile.");
        }
        catch (Exception e) when (e is ImapCommandException or ImapProtocolException or IOException or TimeoutException or ServiceNotConnectedException or FolderNotOpenException)
        {
            problems.Add($"the team's replies in {sent.Folder} could not be read ({e.Message}); they are looked for again next cycle.");
        }
        return null;
    }

    public async Task AcknowledgeAsync(ChannelBatch batch, IReadOnlyList<ItemOutcome> outcomes, CancellationToken cancellationToken)
    {
        if (!_read.TryGetValue(batch, out var uids) || uids.Count == 0)
            return;
        await _marker.MarkAsync(uids.ToList(), cancellationToken);
        await SaveMarkedAsync(uids[^1].Id, cancellationToken);
    }

    // Messages the sheet holds that were never marked: a failure here is reported, and the messages wait for the next read.
    private async Task<bool> CatchUpMarkerAsync(UniqueIdRange pending, List<string> problems, CancellationToken cancellationToken)
    {
        try
        {
            await _marker.MarkAsync(pending, cancellationToken);
            await SaveMarkedAsync(pending.Max.Id, cancellationToken);
            return true;
        }
        catch (ChannelException e)
        {
            problems.Add(e.Message);
            return false;
        }
    }

    private Task SaveMarkedAsync(uint uid, CancellationToken cancellationToken) =>
        _checkpoints.SaveCheckpointAsync(new ChannelCheckpoint(Info.Name, new Dictionary<string, string?> { [MarkedKey] = uid.ToString(CultureInfo.InvariantCulture) }), cancellationToken);

    private static uint? Uid(IReadOnlyDictionary<string, string> checkpoint, string key) =>
        uint.TryParse(checkpoint.GetValueOrDefault(key), CultureInfo.InvariantCulture, out var uid) ? uid : null;

    public async Task<IReadOnlyList<CheckVerdict>> CheckAsync(CancellationToken cancellationToken)
    {
        var subject = "channel " + Info.Name;
        try
        {
            // Read-write, as the marker opens it: a read-only folder announces no permanent flags at all.
            await using var session = await ImapSession.OpenAsync(_settings, FolderAccess.ReadWrite, cancellationToken);
            var verdicts = new List<CheckVerdict>
            {
                new(subject, true, $"{_settings.Username} logs in to {_settings.Host}:{_settings.Port} and can read {_settings.Folder} ({session.Folder.Count} messages)"),
            };
            if (_settings.Marker == ImapMarker.Keyword && !_marker.KeepsKeyword(session.Folder))
                verdicts.Add(new(subject + " marker", false,
                    $"{_settings.Folder} does not keep the keyword {_settings.MarkerKeyword}; set Marker to Seen or Move, or use a server that allows keywords"));
            if (!session.Capabilities.HasFlag(MailKit.Net.Imap.ImapCapabilities.Idle))
                verdicts.Add(new(subject + " IDLE", true, $"{_settings.Host} has no IDLE: new mail is seen at the next poll (Sync:Interval)"));
            // Last: opening the Sent folder closes the folder read above.
            if (_settings.Sent is { } sent)
                verdicts.Add(await SentFolderCheck.CheckAsync(session, _settings.Username, sent, subject + " sent folder", cancellationToken));
            return verdicts;
        }
        catch (ChannelException e)
        {
            return [new CheckVerdict(subject, false, e.Message)];
        }
    }
}
