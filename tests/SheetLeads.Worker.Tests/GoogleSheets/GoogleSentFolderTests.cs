using System.Globalization;
using MimeKit.Utils;
using SheetLeads.Core.Sheet;
using SheetLeads.Worker.Tests.EndToEnd;
using SheetLeads.Worker.Tests.Imap;

namespace SheetLeads.Worker.Tests.GoogleSheets;

/// <summary>SPEC §4 on Google: a reply in the mailbox's Sent folder answers the lead, and never overwrites a status a person chose meanwhile.</summary>
public sealed class GoogleSentFolderTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    [Fact]
    public async Task A_reply_stamps_first_response_but_a_status_a_person_chose_between_the_read_and_the_write_stays()
    {
        await using var w = await GoogleWorkspace.StartAsync();
        await using var dovecot = await PrivateDovecot.StartAsync();
        w.Files.Config["SheetLeads"]!["Channels"] = new System.Text.Json.Nodes.JsonArray();
        var settings = new Dictionary<string, string>(dovecot.ChannelSettings(0)) { ["SheetLeads__Channels__0__SentFolder"] = "Sent" };
        var now = TimeProvider.System.GetUtcNow();
        var replied = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero).AddMinutes(-40);
        await dovecot.CreateFolderAsync("Sent");
        await dovecot.AppendAsync("INBOX", Mails.Enquiry("g1@example.com", "Sophie Turner <sophie@example.com>", "Radiators", "Two radiators are cold.",
            date: DateUtils.FormatDate(replied.AddMinutes(-30))));
        var taken = await w.SyncOnceAsync(settings); // the worker holds the lease from here on, as a running one does
        await dovecot.AppendAsync("Sent", Mails.Reply("s1@brightpath.example", "sophie@example.com", "g1@example.com", DateUtils.FormatDate(replied)));
        var row = w.Read().Single(LeadColumn.Email, "sophie@example.com");
        w.Google.Emulator.Person.BeforeNextWrite(s => s.Tab("Leads").Type($"J{row}", "Lost"));

        var answered = await w.SyncOnceAsync(settings);

        Assert.True(taken.ExitCode == 0, taken.ToString());
        Assert.True(answered.ExitCode == 0, answered.ToString());
        var leads = w.Read();
        Assert.Equal("Lost", leads.Cell(row, LeadColumn.Status));
        Assert.Equal(TimeZoneInfo.ConvertTime(replied, London).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), leads.Cell(row, LeadColumn.FirstResponse));
    }
}
