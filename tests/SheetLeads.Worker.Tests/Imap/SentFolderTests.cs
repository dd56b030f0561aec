using System.Globalization;
using MailKit;
using MimeKit.Utils;
using SheetLeads.Core.Sheet;
using SheetLeads.Worker.Tests.EndToEnd;

namespace SheetLeads.Worker.Tests.Imap;

/// <summary>
/// SPEC §4 against a real mailbox: the team's reply in the Sent folder of a private Dovecot stamps First response
/// and moves the lead to Contacted in the workbook, without anyone touching the sheet.
/// </summary>
public sealed class SentFolderTests : MailboxTest
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    // The worker reads the real clock, so the mails are dated relative to it (whole minutes, as the sheet shows them).
    private readonly DateTimeOffset _now = WholeMinute(TimeProvider.System.GetUtcNow());

    private Dictionary<string, string> Settings() =>
        new(Dovecot.ChannelSettings(0)) { ["SheetLeads__Channels__0__SentFolder"] = "Sent" };

    private Task<WorkerRun> SyncAsync() => Workspace.SyncOnceAsync(Settings());

    private DateTimeOffset Ago(TimeSpan span) => _now - span;

    private static string Rfc(DateTimeOffset date) => DateUtils.FormatDate(date);

    private static DateTimeOffset WholeMinute(DateTimeOffset t) => new(t.Year, t.Month, t.Day, t.Hour, t.Minute, 0, TimeSpan.Zero);

    // First response as the Leads tab shows it: business-local, to the minute.
    private static string Shown(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, London).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string Enquiry(string id, DateTimeOffset date) =>
        Mails.Enquiry(id, "Sophie Turner <sophie@example.com>", "Radiators", "Two radiators are cold.", date: Rfc(date));

    [Fact]
    public async Task A_reply_in_the_Sent_folder_stamps_first_response_at_its_date_and_moves_the_lead_to_Contacted_once()
    {
        await Dovecot.CreateFolderAsync("Sent");
        await Dovecot.AppendAsync("INBOX", Enquiry("e1@example.com", Ago(TimeSpan.FromHours(2))));
        var taken = await SyncAsync();
        var leadsTaken = await LeadsTable.ReadAsync(Workspace.WorkbookPath);
        await Dovecot.AppendAsync("Sent",
            Mails.Reply("s1@brightpath.example", "Gary Newman <gary@example.org>", "g1@example.org", Rfc(Ago(TimeSpan.FromMinutes(100)))),
            // SheetLeads' own notification is never a reply, even one naming the customer.
            Mails.Reply("n1@brightpath.example", "Sophie Turner <sophie@example.com>", "e1@example.com", Rfc(Ago(TimeSpan.FromMinutes(95))),
                extraHeaders: "X-SheetLeads: new-lead L-000001\n"));
        var unrelated = await SyncAsync();
        var leadsUnrelated = await LeadsTable.ReadAsync(Workspace.WorkbookPath);
        var replied = Ago(TimeSpan.FromMinutes(75));
        await Dovecot.AppendAsync("Sent", Mails.Reply("s2@brightpath.example", "Sophie Turner <sophie@example.com>", "e1@example.com", Rfc(replied)));

        var answered = await SyncAsync();
        var again = await SyncAsync();

        Assert.True(taken.ExitCode == 0, taken.ToString());
        var lead = leadsTaken.Single(LeadColumn.Email, "sophie@example.com");
        Assert.Equal(("New", ""), (leadsTaken.Cell(lead, LeadColumn.Status), leadsTaken.Cell(lead, LeadColumn.FirstResponse)));
        Assert.True(unrelated.ExitCode == 0, unrelated.ToString());
        lead = leadsUnrelated.Single(LeadColumn.Email, "sophie@example.com");
        Assert.Equal(("New", ""), (leadsUnrelated.Cell(lead, LeadColumn.Status), leadsUnrelated.Cell(lead, LeadColumn.FirstResponse)));
        Assert.True(answered.ExitCode == 0, answered.ToString());
        Assert.StartsWith("sync ok: taken=0 created=0", answered.SummaryLine);
        Assert.Contains("Reply found for L-000001 (Sent UID 3", answered.Stderr);
        var leads = await LeadsTable.ReadAsync(Workspace.WorkbookPath);
        lead = leads.Single(LeadColumn.Email, "sophie@example.com");
        Assert.Equal("Contacted", leads.Cell(lead, LeadColumn.Status));
        Assert.Equal(Shown(replied), leads.Cell(lead, LeadColumn.FirstResponse));
        Assert.Equal(CellKind.DateTime, leads.Value(lead, LeadColumn.FirstResponse).Kind);
        Assert.DoesNotContain("No response", leads.Cell(lead, LeadColumn.Flag));
        // The next cycle reads the sheet and writes nothing: one API call.
        Assert.StartsWith("sync ok: taken=0 created=0", again.SummaryLine);
        Assert.Contains(" api_calls=1 ", again.SummaryLine);
        // The Sent folder is only read: no keyword, no \Seen.
        Assert.All(await Dovecot.FlagsAsync("Sent"), f => Assert.Equal((MessageFlags.None, 0), (f.Flags & ~MessageFlags.Recent, f.Keywords.Count)));
    }

    [Fact]
    public async Task A_missing_Sent_folder_is_named_by_check_and_sync_and_the_enquiries_are_taken_in_meanwhile()
    {
        await Dovecot.AppendAsync("INBOX", Enquiry("e2@example.com", Ago(TimeSpan.FromHours(1))));

        var check = await Workspace.RunAsync(Settings(), "check");
        var sync = await SyncAsync();
        await Dovecot.CreateFolderAsync("Sent");
        var replied = Ago(TimeSpan.FromMinutes(30));
        await Dovecot.AppendAsync("Sent", Mails.Reply("s3@brightpath.example", "sophie@example.com", "e2@example.com", Rfc(replied)));
        var checkAgain = await Workspace.RunAsync(Settings(), "check");
        var next = await SyncAsync();

        Assert.Contains("FAIL channel enquiries sent folder: the mailbox of test has no folder 'Sent'; set SheetLeads:Channels:0:SentFolder to the folder the team's sent mail is in (its folders: INBOX)", check.Stdout);
        Assert.Equal(1, sync.ExitCode);
        Assert.StartsWith("sync failed: taken=1 created=1", sync.SummaryLine);
        Assert.Contains("has no folder 'Sent' to look for the team's replies in; check SheetLeads:Channels:0:SentFolder. Enquiries are taken in meanwhile.", sync.Stderr);
        Assert.Contains("ok   channel enquiries sent folder: Sent can be read (1 messages)", checkAgain.Stdout);
        Assert.True(next.ExitCode == 0, next.ToString());
        Assert.StartsWith("sync ok: taken=0", next.SummaryLine);
        var leads = await LeadsTable.ReadAsync(Workspace.WorkbookPath);
        var lead = leads.Single(LeadColumn.Email, "sophie@example.com");
        Assert.Equal(("Contacted", Shown(replied)), (leads.Cell(lead, LeadColumn.Status), leads.Cell(lead, LeadColumn.FirstResponse)));
    }

    [Fact]
    public async Task While_enquiries_wait_in_the_inbox_the_Sent_folder_waits_so_no_reply_is_read_before_its_enquiry()
    {
        Workspace.Config["SheetLeads"]!["Sync"] = System.Text.Json.Nodes.JsonNode.Parse("""{ "MaxBatch": 1 }""");
        await Dovecot.CreateFolderAsync("Sent");
        await Dovecot.AppendAsync("INBOX",
            Mails.Enquiry("w1@example.com", "Amy Able <amy@example.com>", "Gutter", "Leaking gutter.", date: Rfc(Ago(TimeSpan.FromHours(3)))),
            Enquiry("w2@example.com", Ago(TimeSpan.FromHours(2))));
        var replied = Ago(TimeSpan.FromMinutes(90));
        await Dovecot.AppendAsync("Sent", Mails.Reply("s4@brightpath.example", "sophie@example.com", "w2@example.com", Rfc(replied)));

        var first = await SyncAsync();
        var second = await SyncAsync();

        Assert.StartsWith("sync ok: taken=1 created=1", first.SummaryLine);
        Assert.StartsWith("sync ok: taken=1 created=1", second.SummaryLine);
        var leads = await LeadsTable.ReadAsync(Workspace.WorkbookPath);
        var lead = leads.Single(LeadColumn.Email, "sophie@example.com");
        Assert.Equal(("Contacted", Shown(replied)), (leads.Cell(lead, LeadColumn.Status), leads.Cell(lead, LeadColumn.FirstResponse)));
        Assert.Equal("New", leads.Cell(leads.Single(LeadColumn.Email, "amy@example.com"), LeadColumn.Status));
    }

    [Fact]
    public async Task The_first_read_of_the_Sent_folder_leaves_mail_older_than_the_conversion_window_alone()
    {
        Workspace.Config["SheetLeads"]!["Business"]!["ConversionWindow"] = "3.00:00:00";
        await Dovecot.CreateFolderAsync("Sent");
        await Dovecot.AppendAsync("INBOX", Enquiry("o1@example.com", Ago(TimeSpan.FromDays(10))));
        var old = Ago(TimeSpan.FromDays(6));
        await Dovecot.AppendAsync("Sent", old, Mails.Reply("s5@brightpath.example", "sophie@example.com", "o1@example.com", Rfc(old)));

        var first = await SyncAsync();
        var leadsFirst = await LeadsTable.ReadAsync(Workspace.WorkbookPath);
        var replied = Ago(TimeSpan.FromMinutes(5));
        await Dovecot.AppendAsync("Sent", Mails.Reply("s6@brightpath.example", "sophie@example.com", "o1@example.com", Rfc(replied)));
        var second = await SyncAsync();

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("first read of Sent", first.Stderr);
        var lead = leadsFirst.Single(LeadColumn.Email, "sophie@example.com");
        Assert.Equal(("New", ""), (leadsFirst.Cell(lead, LeadColumn.Status), leadsFirst.Cell(lead, LeadColumn.FirstResponse)));
        Assert.True(second.ExitCode == 0, second.ToString());
        var leads = await LeadsTable.ReadAsync(Workspace.WorkbookPath);
        lead = leads.Single(LeadColumn.Email, "sophie@example.com");
        Assert.Equal(("Contacted", Shown(replied)), (leads.Cell(lead, LeadColumn.Status), leads.Cell(lead, LeadColumn.FirstResponse)));
    }
}
