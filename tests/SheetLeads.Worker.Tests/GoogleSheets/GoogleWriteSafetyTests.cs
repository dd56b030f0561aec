using SheetLeads.Core.Sheet;
using SheetLeads.SheetsEmulator;
using SheetLeads.Worker.Tests.EndToEnd;

namespace SheetLeads.Worker.Tests.GoogleSheets;

/// <summary>SPEC §4 and §8 on Google: people moving rows, faults and lost answers never lose, misplace or double a lead.</summary>
public sealed class GoogleWriteSafetyTests
{
    private static readonly string[][] ThreeLeads =
    [
        ["L-000001", "2026-11-10 09:00", "Email", "Amy Able", "amy@example.com", "", "", "Gutter", "Warm", "Contacted", "Alice Hart", "", "", "amy note", "", "", "1", "", "mail:a0@example.com"],
        ["L-000002", "2026-11-10 10:00", "Email", "Ben Brook", "ben@example.com", "", "", "Tap", "Warm", "Contacted", "Bob Singh", "", "", "ben note", "", "", "1", "", "mail:b0@example.com"],
        ["L-000003", "2026-11-10 11:00", "Email", "Cat Cole", "cat@example.com", "", "", "Roof", "Warm", "Contacted", "Alice Hart", "", "", "cat note", "", "", "1", "", "mail:c0@example.com"],
    ];

    public static TheoryData<string> PersonActions => new() { "sort by name, Z first", "insert two rows at the top", "sort and insert" };

    [Theory]
    [MemberData(nameof(PersonActions))]
    public async Task A_person_moving_rows_between_read_and_write_loses_and_misplaces_nothing(string action)
    {
        await using var w = await GoogleWorkspace.StartAsync();
        w.Leads.SetRows("A2", ThreeLeads);
        w.Files.AddMail("0.eml", Mails.Enquiry("warm@example.com", "Dan Dale <dan@example.com>", "Fence", "A new fence please."));
        Assert.Equal(0, (await w.SyncOnceAsync()).ExitCode); // the worker holds the lease from here on, as a running one does
        w.Files.AddMail("1.eml", Mails.Enquiry("a1@example.com", "Amy Able <amy@example.com>", "Gutter again", "Still leaking.", "Tue, 17 Nov 2026 10:00:00 +0000"));
        w.Files.AddMail("2.eml", Mails.Enquiry("c1@example.com", "Cat Cole <cat@example.com>", "Roof again", "Tiles slipped.", "Tue, 17 Nov 2026 11:00:00 +0000"));
        w.Files.AddMail("3.eml", Mails.Enquiry("e1@example.com", "Eve Earl <eve@example.com>", "Boiler", "Boiler service please.", "Tue, 17 Nov 2026 12:00:00 +0000"));
        w.Google.Emulator.Person.BeforeNextWrite(s =>
        {
            if (action.Contains("sort", StringComparison.Ordinal))
                s.Tab("Leads").SortRows(3, ascending: false);
            if (action.Contains("insert", StringComparison.Ordinal))
                s.Tab("Leads").InsertRows(2, 2);
        });

        var run = await w.SyncOnceAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        var leads = w.Read();
        Assert.Equal(5, leads.Rows.Count);
        foreach (var (id, name, note, refs) in new[]
                 {
                     ("L-000001", "Amy Able", "amy note\n2026-11-17 10:00 Email: Still leaking.", "mail:a0@example.com\nmail:a1@example.com"),
                     ("L-000002", "Ben Brook", "ben note", "mail:b0@example.com"),
                     ("L-000003", "Cat Cole", "cat note\n2026-11-17 11:00 Email: Tiles slipped.", "mail:c0@example.com\nmail:c1@example.com"),
                 })
        {
            var row = leads.Single(LeadColumn.LeadId, id);
            Assert.Equal((name, note, refs), (leads.Cell(row, LeadColumn.Name), leads.Cell(row, LeadColumn.Notes), leads.Cell(row, LeadColumn.Ref)));
        }
        Assert.Equal("1", leads.Cell(leads.Single(LeadColumn.LeadId, "L-000002"), LeadColumn.Enquiries));
        Assert.Equal("2", leads.Cell(leads.Single(LeadColumn.LeadId, "L-000003"), LeadColumn.Enquiries));
        Assert.Equal("Eve Earl", leads.Cell(leads.Single(LeadColumn.Email, "eve@example.com"), LeadColumn.Name));
    }

    [Fact]
    public async Task Thirty_percent_429_and_503_still_ends_with_every_lead_exactly_once()
    {
        await using var w = await GoogleWorkspace.StartAsync();
        w.Leads.SetRows("A2", ThreeLeads);
        for (var i = 0; i < 12; i++)
            w.Files.AddMail($"n{i}.eml", Mails.Enquiry($"n{i}@example.com", $"Customer {i} <customer{i}@example.com>", "Quote", $"Job number {i}.", $"Tue, 17 Nov 2026 {8 + i % 10:00}:{i:00}:00 +0000"));
        w.Files.AddMail("m1.eml", Mails.Enquiry("m1@example.com", "Ben Brook <ben@example.com>", "Tap", "Dripping again.", "Wed, 18 Nov 2026 09:00:00 +0000"));
        w.Google.Emulator.Faults.Randomly(0.3, seed: 7, Fault.Status(429, TimeSpan.FromMilliseconds(200)), Fault.Status(503));

        var first = await w.SyncOnceAsync();
        var second = await w.SyncOnceAsync();

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.True(w.Google.Emulator.Requests.All.Count(r => r.Status is 429 or 503) >= 2, "the faults were injected");
        var leads = w.Read();
        Assert.Equal(15, leads.Rows.Count);
        for (var i = 0; i < 12; i++)
            leads.Single(LeadColumn.Email, $"customer{i}@example.com");
        Assert.Equal(15, leads.Rows.Select(r => leads.Cell(r, LeadColumn.LeadId)).Distinct().Count());
        var ben = leads.Single(LeadColumn.LeadId, "L-000002");
        Assert.Equal(("2", "ben note\n2026-11-18 09:00 Email: Dripping again."), (leads.Cell(ben, LeadColumn.Enquiries), leads.Cell(ben, LeadColumn.Notes)));
    }

    [Fact]
    public async Task An_append_whose_answer_is_lost_after_it_was_applied_is_not_sent_again()
    {
        await using var w = await GoogleWorkspace.StartAsync();
        w.Files.AddMail("1.eml", Mails.Enquiry("l1@example.com", "Lia Long <lia@example.com>", "Kitchen", "New kitchen tap."));
        w.Files.AddMail("2.eml", Mails.Enquiry("l2@example.com", "Max Moss <max@example.com>", "Bath", "New bath."));
        w.Google.Emulator.Faults.Next(Fault.LoseResponseAfterApply(), "values.append");

        var run = await w.SyncOnceAsync();
        var again = await w.SyncOnceAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("sync ok: taken=0", again.SummaryLine);
        var leads = w.Read();
        Assert.Equal(2, leads.Rows.Count);
        Assert.Equal(1, w.Google.Emulator.Requests.Count("values.append"));
        Assert.Equal("DATE_TIME", leads.Raw(leads.Single(LeadColumn.Email, "lia@example.com"), LeadColumn.Received).NumberFormatType);
    }

    [Fact]
    public async Task A_hundred_new_enquiries_cost_one_read_one_value_write_and_one_format_write()
    {
        await using var w = await GoogleWorkspace.StartAsync();
        w.Files.AddMail("0.eml", Mails.Enquiry("w0@example.com", "Warm Up <warm@example.com>", "Hello", "First one."));
        Assert.Equal(0, (await w.SyncOnceAsync()).ExitCode);
        for (var i = 0; i < 100; i++)
            w.Files.AddMail($"b{i}.eml", Mails.Enquiry($"b{i}@example.com", $"Buyer {i} <buyer{i}@example.com>", "Quote", $"Job {i}."));
        w.Google.Emulator.Requests.Clear();

        var run = await w.SyncOnceAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("sync ok: taken=100 created=100", run.SummaryLine);
        Assert.Contains(" api_calls=3 ", run.SummaryLine);
        Assert.Equal(1, w.Google.Emulator.Requests.Count("values.append"));
        Assert.Equal(101, w.Read().Rows.Count);
    }

    [Fact]
    public async Task A_second_worker_on_the_same_sheet_waits_and_says_who_holds_it()
    {
        await using var w = await GoogleWorkspace.StartAsync();
        w.Files.AddMail("1.eml", Mails.Enquiry("o1@example.com", "Olly Oak <olly@example.com>", "Loft", "Loft ladder."));
        Assert.Equal(0, (await w.SyncOnceAsync()).ExitCode);
        using var second = new Workspace();
        second.AddMail("1.eml", Mails.Enquiry("o1@example.com", "Olly Oak <olly@example.com>", "Loft", "Loft ladder."));
        second.AddMail("2.eml", Mails.Enquiry("p1@example.com", "Pat Pine <pat@example.com>", "Porch", "Porch light."));
        var environment = w.Google.Settings().ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value!);

        var run = await second.SyncOnceAsync(environment);

        Assert.NotEqual(0, run.ExitCode);
        Assert.StartsWith("sync failed:", run.SummaryLine);
        Assert.Contains("being written by another SheetLeads worker", run.Stderr);
        Assert.Single(w.Read().Rows);
        Assert.Equal(0, (await w.SyncOnceAsync()).ExitCode);
    }

    [Fact]
    public async Task A_formatting_batch_whose_answer_is_lost_is_found_applied_and_not_sent_again()
    {
        await using var w = await GoogleWorkspace.StartAsync();
        w.Files.AddMail("0.eml", Mails.Enquiry("k0@example.com", "Kim Kale <kim@example.com>", "Hello", "First."));
        Assert.Equal(0, (await w.SyncOnceAsync()).ExitCode);
        w.Files.AddMail("1.eml", Mails.Enquiry("k1@example.com", "Kit Knox <kit@example.com>", "Sink", "Sink is blocked."));
        w.Google.Emulator.Requests.Clear();
        w.Google.Emulator.Faults.Next(Fault.LoseResponseAfterApply(), "spreadsheets.batchUpdate");

        var run = await w.SyncOnceAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        var leads = w.Read();
        var kit = leads.Single(LeadColumn.Email, "kit@example.com");
        Assert.Single(w.Leads.RowMetadata(kit), m => m.MetadataKey == "sheetleads.lead");
        Assert.Contains("got no clear answer, but the sheet shows it was applied; not sent again", run.Stderr);
        Assert.Equal("DATE_TIME", leads.Raw(kit, LeadColumn.Received).NumberFormatType);
    }
}
