using SheetLeads.Worker.Tests.EndToEnd;
using SheetLeads.Worker.Tests.GoogleSheets;

namespace SheetLeads.Worker.Tests.Notifications;

/// <summary>On Google, a new lead's mail links to the spreadsheet opened at the lead's row.</summary>
public sealed class GoogleNotificationTests
{
    [Fact]
    public async Task A_new_lead_mail_links_to_its_row_in_the_spreadsheet()
    {
        await using var smtp = await MailDev.StartAsync();
        await using var w = await GoogleWorkspace.StartAsync();
        w.Leads.SetRows("A2", ["L-000001", "2026-11-10 09:00", "Email", "Sophie Turner", "sophie@example.com", "", "", "Radiators", "Warm", "Won", "Alice Hart"]);
        w.Files.AddMail("1.eml", Mails.Enquiry("g1@example.com", "Gary Newman <gary@example.org>", "Boiler", "The boiler is off."));
        var settings = new Dictionary<string, string>
        {
            ["SheetLeads__Team__Members__0__Email"] = "alice@brightpath.example", ["SheetLeads__Team__Members__1__Email"] = "bob@brightpath.example",
            ["SheetLeads__Notifications__Enabled"] = "true", ["SheetLeads__Notifications__Smtp__Host"] = "127.0.0.1",
            ["SheetLeads__Notifications__Smtp__Port"] = $"{smtp.SmtpPort}", ["SheetLeads__Notifications__Smtp__Security"] = "None",
            ["SheetLeads__Notifications__Smtp__Username"] = MailDev.User, ["SheetLeads__Notifications__Smtp__Password"] = MailDev.Password,
        };

        var run = await w.SyncOnceAsync(settings);

        Assert.True(run.ExitCode == 0, run.ToString());
        var mail = Assert.Single(await smtp.WaitForAsync(1));
        Assert.Equal("New lead L-000002: Gary Newman (Email)", mail.Subject);
        Assert.Equal(["bob@brightpath.example"], mail.Recipients); // the "boiler" rule
        Assert.Contains($"L-000002 in the Leads tab: https://docs.google.com/spreadsheets/d/{EmulatedGoogle.SpreadsheetId}/edit#gid={w.Leads.SheetId}&range=A3", mail.Text);
    }
}
