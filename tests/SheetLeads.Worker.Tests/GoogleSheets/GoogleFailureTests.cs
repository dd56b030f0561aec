using SheetLeads.Worker.Tests.EndToEnd;

namespace SheetLeads.Worker.Tests.GoogleSheets;

/// <summary>What a person reads when the Google sheet cannot be used, and that nothing is taken in meanwhile.</summary>
public sealed class GoogleFailureTests
{
    [Fact]
    public async Task A_sheet_not_shared_with_the_service_account_fails_the_cycle_saying_whom_to_share_it_with()
    {
        await using var w = await GoogleWorkspace.StartAsync();
        w.Google.Spreadsheet.Unshare(w.Google.Account.Email);
        w.Files.AddMail("1.eml", Mails.Enquiry("u1@example.com", "Una Umber <una@example.com>", "Hedge", "Hedge trimming."));

        var run = await w.SyncOnceAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("sync failed:", run.SummaryLine);
        Assert.Contains($"share the sheet with {w.Google.Account.Email} as Editor", run.Stderr);

        w.Google.Spreadsheet.Share(w.Google.Account.Email);
        var fixedRun = await w.SyncOnceAsync();
        Assert.StartsWith("sync ok: taken=1 created=1", fixedRun.SummaryLine);
    }

    [Fact]
    public async Task A_missing_key_file_is_named_with_how_to_get_one()
    {
        await using var w = await GoogleWorkspace.StartAsync();
        File.Delete(w.Google.KeyFile);

        var run = await w.SyncOnceAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"The service-account key file {w.Google.KeyFile} does not exist", run.Stderr);
    }

    [Fact]
    public async Task A_renamed_Leads_tab_is_reported_with_the_tabs_there_are()
    {
        await using var w = await GoogleWorkspace.StartAsync();
        w.Google.Spreadsheet.AddTab("Enquiries");
        w.Files.AddMail("1.eml", Mails.Enquiry("v1@example.com", "Vic Vale <vic@example.com>", "Gate", "Gate repair."));

        var run = await w.SyncOnceAsync(new Dictionary<string, string> { ["SheetLeads__Sheet__LeadsTab"] = "Customers" });

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("has no Customers tab (its tabs are: Leads, Enquiries)", run.Stderr);
    }
}
