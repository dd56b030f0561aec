using System.Globalization;
using Microsoft.Extensions.Logging;
using SheetLeads.Core.Intake;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Sync;
using SheetLeads.Worker.Forms;
using SheetLeads.Worker.Hosting;
using SheetLeads.Worker.State;

namespace SheetLeads.Worker.FormApi;

/// <summary>
/// SPEC §1's form endpoint channel: polls a form service's list endpoint with the preset's requests, follows its
/// pages to the end, and offers the submissions not taken in yet, oldest first. Its cursor is the newest submission
/// time taken in, kept with the cycle after the sheet write; each poll asks from an hour before it (services list a
/// submission some minutes after it was made) and the worker's state drops what was already taken in, so a restart
/// between pages or a failed sheet write reads the same submissions again and none is skipped or doubled.
/// Submissions the service pushed to the webhook endpoint wait in the worker's inbox and are taken first; the inbox
/// place taken is kept with the cycle too, and pushes the sheet holds are forgotten at the next read.
/// </summary>
internal sealed class FormApiChannel(
    ChannelInfo info,
    FormApiSettings settings,
    FormApiClient client,
    ICheckpointStore checkpoints,
    IWorkerState state,
    IWebhookInbox? inbox,
    TimeProvider time,
    ILogger<FormApiChannel> logger) : IChannel, ICheckable
{
    private const string SinceKey = "since";
    private const string InboxKey = "inbox";

    /// <summary>How far before the cursor each poll asks from: Typeform says its newest half hour may be incomplete.</summary>
    internal static readonly TimeSpan Overlap = TimeSpan.FromHours(1);

    /// <summary>Pages one poll follows at most: far beyond a small business's backlog, short of an endless loop.</summary>
    internal const int MaxPages = 500;

    private DateTimeOffset? _notBefore;

    public ChannelInfo Info { get; } = info;

    public async Task<ChannelBatch> ReadAsync(int limit, CancellationToken cancellationToken)
    {
        var checkpoint = await checkpoints.ReadCheckpointAsync(Info.Name, cancellationToken);
        var (pushed, lastPush) = await ReadPushesAsync(checkpoint, limit, cancellationToken);
        var since = checkpoint.TryGetValue(SinceKey, out var text) ? FormTimes.Parse(text) : null;
        var problems = new List<string>();
        var polled = new PollRead();
        try
        {
            if (settings.Endpoint is not null)
                polled = await PollAsync(since, cancellationToken);
        }
        catch (ChannelException e) when (pushed.Count > 0)
        {
            // The pushes are here already: a failing poll must not hold them back. It is still reported.
            problems.Add(e.Message);
        }

        var read = pushed.Concat(polled).ToArray();
        var references = read.Select(r => EnquiryIntake.ReferenceOf(Info, r.Item)).ToArray();
        var memory = await state.ReadAsync(references.Distinct().ToArray(), cancellationToken);
        var fresh = read.Zip(references)
            .Where(r => !memory.AlreadyTaken.Contains(r.Second))
            .DistinctBy(r => r.Second) // a submission pushed and polled, or listed on two pages while the list shifted
            .Select(r => r.First)
            .ToArray();
        // Every push read is taken (the inbox place moves past it); polled ones oldest first up to the limit.
        var freshPushes = fresh.Where(r => r.Pushed).ToArray();
        var freshPolled = fresh.Where(r => !r.Pushed).OrderBy(r => r.Time is { } t ? FormTimes.Utc(t) : DateTime.MinValue).ToArray();
        var taken = freshPushes.Concat(freshPolled.Take(Math.Max(0, limit - freshPushes.Length))).ToArray();
        foreach (var unreadable in taken.Select(t => t.Item).OfType<UnreadableItem>())
            logger.EntryUnparseable(Info.Name, unreadable.Problem);
        logger.PollRead(Info.Name, polled.Pages, read.Length, fresh.Length, taken.Length);

        // Polled ones are taken oldest first, so every submission older than the newest taken is taken too.
        var newest = taken.Where(t => !t.Pushed).Aggregate(since, (n, t) => FormTimes.Later(n, t.Time));
        var entries = new Dictionary<string, string?> { [SinceKey] = newest is { } cursor ? FormTimes.Text(cursor) : null };
        if (lastPush is { } place)
            entries[InboxKey] = place.ToString(CultureInfo.InvariantCulture);
        return new ChannelBatch(taken.Select(t => t.Item).ToArray(), new ChannelCheckpoint(Info.Name, entries), problems,
            HasMore: freshPolled.Length > taken.Length - freshPushes.Length || pushed.Count >= limit);
    }

    // Nothing to mark: a form service keeps its submissions, and the cursor moves with the cycle.
    public Task AcknowledgeAsync(ChannelBatch batch, IReadOnlyList<ItemOutcome> outcomes, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public async Task<IReadOnlyList<CheckVerdict>> CheckAsync(CancellationToken cancellationToken)
    {
        var subject = "channel " + Info.Name;
        var pushes = inbox is null ? "" : $"; takes pushes at POST /webhooks/{Info.Name}";
        if (settings.Endpoint is not { } endpoint)
            return [new CheckVerdict(subject, true, $"takes {settings.Preset.Name} pushes at POST /webhooks/{Info.Name} (nothing to poll)")];
        var url = settings.Preset.FirstPage(endpoint, new FormQuery(null, settings.PageSize ?? settings.Preset.DefaultPageSize));
        try
        {
            using var document = await client.GetPageAsync(url, cancellationToken);
            var page = settings.Preset.Parse(document.RootElement);
            var total = page.Paging.Total is { } t ? t.ToString(CultureInfo.InvariantCulture) + " submissions in all" : $"{page.Entries} on its first page";
            return [new CheckVerdict(subject, true, $"{settings.Where} answers as {settings.Preset.Name} expects: {total}{pushes}")];
        }
        catch (FormApiException e)
        {
            return [new CheckVerdict(subject, false, e.Message)];
        }
        catch (FormShapeException e)
        {
            return [new CheckVerdict(subject, false, ShapeProblem(e))];
        }
    }

    private string ShapeProblem(FormShapeException e) =>
        $"{settings.Where} answered JSON that is {e.Message}; has the API changed, or is Preset wrong? Nothing is taken from it until it answers as expected";

    private async Task<(PollRead Read, long? Last)> ReadPushesAsync(IReadOnlyDictionary<string, string> checkpoint, int limit, CancellationToken cancellationToken)
    {
        var read = new PollRead();
        if (inbox is null)
            return (read, null);
        var after = checkpoint.TryGetValue(InboxKey, out var text) && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var place) ? place : 0;
        // The sheet holds every push up to the committed place: they are not needed any more.
        if (after > 0)
            await inbox.ForgetAsync(Info.Name, after, cancellationToken);
        var pushes = await inbox.PendingAsync(Info.Name, after, limit, cancellationToken);
        foreach (var push in pushes)
            read.Add(FormPushReader.Read(settings.Preset, push));
        return (read, pushes.Count > 0 ? pushes[^1].Id : null);
    }

    private async Task<PollRead> PollAsync(FormTimestamp? since, CancellationToken cancellationToken)
    {
        if (_notBefore is { } until && time.GetUtcNow() < until)
            throw new ChannelException($"{settings.Service} asked to be left alone until {until:HH:mm:ss} UTC; it is polled again then");
        var query = new FormQuery(since is { } s ? FormTimes.Minus(s, Overlap) : null, settings.PageSize ?? settings.Preset.DefaultPageSize);
        return await ReadPagesAsync(query, cancellationToken);
    }

    private async Task<PollRead> ReadPagesAsync(FormQuery query, CancellationToken cancellationToken)
    {
        var read = new PollRead();
        var visited = new HashSet<Uri>();
        var url = settings.Preset.FirstPage(settings.Endpoint!, query);
        while (url is not null)
        {
            if (!visited.Add(url))
            {
                logger.PagingLooped(Info.Name, FormUrls.Safe(url));
                break;
            }
            if (visited.Count > MaxPages)
                throw new ChannelException($"{settings.Where} has more than {MaxPages} pages of submissions since the last poll; set a larger PageSize");
            var page = await ReadPageAsync(url, cancellationToken);
            logger.PageRead(Info.Name, visited.Count, page.Entries);
            read.Add(page, visited.Count);
            url = settings.Preset.NextPage(url, query, page);
        }
        if (read.LeftOut > 0)
            logger.SubmissionsLeftOut(Info.Name, read.LeftOut);
        return read;
    }

    private async Task<FormPage> ReadPageAsync(Uri url, CancellationToken cancellationToken)
    {
        try
        {
            using var document = await client.GetPageAsync(url, cancellationToken);
            return settings.Preset.Parse(document.RootElement);
        }
        catch (FormApiException e)
        {
            if (e.RetryAt is { } until && until - time.GetUtcNow() > FormApiResilience.LongestWait)
            {
                _notBefore = until;
                logger.PollDeferred(Info.Name, until);
            }
            throw new ChannelException(e.Message, e);
        }
        catch (FormShapeException e)
        {
            throw new ChannelException(ShapeProblem(e), e);
        }
    }

    /// <summary>What one poll's pages (or the inbox's pushes) held, in order.</summary>
    private sealed class PollRead : List<(ChannelItem Item, FormTimestamp? Time, bool Pushed)>
    {
        public int Pages { get; private set; }

        public int LeftOut { get; private set; }

        public void Add(FormPage page, int number)
        {
            Pages = number;
            LeftOut += page.LeftOut;
            AddRange(page.Submissions.Select(s => ((ChannelItem)new FormItem(s, $"page {number}#{s.Id}"), s.SubmittedAt, false)));
            AddRange(page.Rejected.Select(r => ((ChannelItem)new UnreadableItem(r.ExternalId, $"page {number}: {r.Problem}", $"page {number}#{r.Position}"), (FormTimestamp?)null, false)));
        }

        public void Add(IEnumerable<ChannelItem> pushed) =>
            AddRange(pushed.Select(i => (i, i is FormItem f ? f.Submission.SubmittedAt : null, true)));
    }
}
