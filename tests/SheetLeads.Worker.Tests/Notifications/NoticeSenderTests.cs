using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SheetLeads.Core.Notifications;
using SheetLeads.Core.Summary;
using SheetLeads.Worker.Hosting;
using SheetLeads.Worker.Notifications;
using SheetLeads.Worker.Options;
using SheetLeads.Worker.State;
using SheetLeads.Worker.Tests.Summary;
using SheetLeads.Worker.Tests.Workbook;
using static Microsoft.Extensions.Options.Options;

namespace SheetLeads.Worker.Tests.Notifications;

/// <summary>
/// The outbox and the sender against a real SMTP server (MailDev): sent once, never into a watched mailbox, a silent
/// channel told once, a mail that cannot go within a day given up.
/// </summary>
public sealed class NoticeSenderTests : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
    private readonly CollectingLogger<NoticeSender> _log = new();
    private SqliteWorkerState _state = null!;
    private MailDev _smtp = null!;

    public async Task InitializeAsync()
    {
        _state = new SqliteWorkerState(_folder.File("state.db"));
        _smtp = await MailDev.StartAsync();
    }

    public async Task DisposeAsync() => await _smtp.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    private NoticeSender Sender(SmtpOptions? smtp = null)
    {
        var notifications = new NotificationsOptions
        {
            Enabled = true,
            From = "sheetleads@brightpath.example",
            Smtp = smtp ?? new SmtpOptions { Host = "127.0.0.1", Port = _smtp.SmtpPort, Security = "None", Username = MailDev.User, Password = MailDev.Password },
        };
        var channels = new ChannelsOptions { Items = [new ChannelOptions { Name = "enquiries", Kind = "Imap", Username = "enquiries@brightpath.example" }] };
        return new NoticeSender(_state, new Links(), Create(notifications), Create(new BusinessOptions { Name = "Brightpath Plumbing" }), Create(channels), _clock, _log);
    }

    private static Notice To(string key, string? address, string addressee = "Alice Hart") =>
        new(key, NoticeKind.NewLead, addressee, address, "New lead " + key, [new NoticeLine("Hello"), new NoticeLine("Row:", new LeadLink(new Core.Leads.LeadId(3), 4))], [key]);

    [Fact]
    public async Task A_queued_mail_is_sent_once_and_a_notice_covering_it_is_not_queued_again()
    {
        Assert.True(await _state.QueueAsync(To("new-lead:L-000003", "alice@brightpath.example"), _clock.GetUtcNow(), CancellationToken.None));
        using var sender = Sender();

        Assert.Equal(1, await sender.SendPendingAsync(CancellationToken.None));
        Assert.Equal(0, await sender.SendPendingAsync(CancellationToken.None));
        Assert.False(await _state.QueueAsync(To("new-lead:L-000003", "alice@brightpath.example"), _clock.GetUtcNow(), CancellationToken.None));

        var mail = Assert.Single(await _smtp.WaitForAsync(1));
        Assert.Equal(["alice@brightpath.example"], mail.Recipients);
        Assert.Contains("Row: row 4 here", mail.Text);
        Assert.Contains("Sent by SheetLeads for Brightpath Plumbing.", mail.Text);
        Assert.Contains(_log.Lines, l => l.EventId == 4001 && l.Line == "Mail sent to Alice Hart <alice@brightpath.example>: new-lead:L-000003");
    }

    [Fact]
    public async Task A_mail_to_a_watched_mailbox_or_to_nobody_is_given_up_with_the_reason_and_the_others_still_go()
    {
        await _state.QueueAsync(To("new-lead:L-000001", "Enquiries@brightpath.example", "Desk"), _clock.GetUtcNow(), CancellationToken.None);
        await _state.QueueAsync(To("new-lead:L-000002", null, "Chloe Price"), _clock.GetUtcNow(), CancellationToken.None);
        await _state.QueueAsync(To("new-lead:L-000003", "bob@brightpath.example", "Bob Singh"), _clock.GetUtcNow(), CancellationToken.None);
        using var sender = Sender();

        Assert.Equal(1, await sender.SendPendingAsync(CancellationToken.None));

        Assert.Equal(["bob@brightpath.example"], Assert.Single(await _smtp.WaitForAsync(1)).Recipients);
        Assert.Contains(_log.Lines, l => l.EventId == 4003 && l.Line == "Mail new-lead:L-000001 to Desk not sent: Enquiries@brightpath.example is the mailbox the channel 'enquiries' reads; a mail there would come back into it");
        Assert.Contains(_log.Lines, l => l.EventId == 4003 && l.Line.StartsWith("Mail new-lead:L-000002 to Chloe Price not sent: no e-mail address is known for Chloe Price", StringComparison.Ordinal));
        Assert.Empty(await _state.PendingAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_mail_that_could_not_go_within_a_day_is_given_up_rather_than_sent_late()
    {
        await _state.QueueAsync(To("new-lead:L-000005", "alice@brightpath.example"), _clock.GetUtcNow(), CancellationToken.None);
        _clock.Advance(TimeSpan.FromHours(25));
        using var sender = Sender();

        Assert.Equal(0, await sender.SendPendingAsync(CancellationToken.None));

        Assert.Empty(await _smtp.MailsAsync());
        Assert.Contains(_log.Lines, l => l.EventId == 4003 && l.Line.Contains("could not be sent within 24 hours", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_channel_silent_for_three_intervals_is_told_to_the_manager_once_for_as_long_as_it_stays_silent()
    {
        var business = new BusinessOptions { Name = "Brightpath Plumbing" };
        var team = new TeamOptions { Manager = "owner@brightpath.example" };
        var notifications = new NotificationsOptions { Enabled = true };
        var summary = CoreSettings.Summary(business, team, new SyncOptions { Interval = TimeSpan.FromMinutes(1) });
        var mail = new ManagerMail(new ManagerNotices(summary, CoreSettings.Notices(business, team, notifications)), _state, Create(notifications), NullLogger<ManagerMail>.Instance);
        var builder = new SummaryBuilder(summary);
        await _state.RecordPollsAsync([new Core.Sync.ChannelPoll("enquiries", Completed: false, "connection refused", 0, new Dictionary<Core.Leads.SkipReason, int>())],
            _clock.GetUtcNow(), new DateOnly(2026, 11, 23), CancellationToken.None);
        using var sender = Sender();

        for (var minute = 0; minute < 6; minute++)
        {
            var now = _clock.GetUtcNow();
            var silent = builder.SilentChannels(["enquiries"], await _state.ReadHealthAsync(new DateOnly(2026, 11, 23), CancellationToken.None), now);
            await mail.QueueAsync([], silent, now, CancellationToken.None);
            await sender.SendPendingAsync(CancellationToken.None);
            _clock.Advance(TimeSpan.FromMinutes(1));
        }

        var told = Assert.Single(await _smtp.WaitForAsync(1));
        Assert.Equal(["owner@brightpath.example"], told.Recipients);
        Assert.Equal("Channel enquiries is not being read", told.Subject);
        Assert.Contains("Last error: connection refused", told.Text);
    }

    [Fact]
    public async Task Over_implicit_TLS_a_server_certificate_of_its_own_is_trusted_once_CertificateFile_names_it()
    {
        await using var tls = await MailDev.StartAsync(tls: true);
        await _state.QueueAsync(To("new-lead:L-000006", "alice@brightpath.example"), _clock.GetUtcNow(), CancellationToken.None);
        var smtp = new SmtpOptions { Host = "127.0.0.1", Port = tls.SmtpPort, Security = "Tls" };

        using (var untrusting = Sender(smtp))
            Assert.Equal(0, await untrusting.SendPendingAsync(CancellationToken.None));
        smtp.CertificateFile = tls.CertificatePath;
        using (var trusting = Sender(smtp))
            Assert.Equal(1, await trusting.SendPendingAsync(CancellationToken.None));

        Assert.Contains(_log.Lines, l => l.EventId == 4002 && l.Line.Contains($"the SMTP server 127.0.0.1:{tls.SmtpPort} failed the TLS handshake", StringComparison.Ordinal)
                                         && l.Line.Contains("set SheetLeads:Notifications:Smtp:CertificateFile", StringComparison.Ordinal));
        Assert.Equal("New lead new-lead:L-000006", Assert.Single(await tls.WaitForAsync(1)).Subject);
    }

    private sealed class Links : IRowLinks
    {
        public string Describe(LeadLink row) => $"row {row.RowNumber} here";
    }
}
