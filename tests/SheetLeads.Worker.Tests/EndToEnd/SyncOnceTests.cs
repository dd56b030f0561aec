using SheetLeads.Core.Sheet;
using SheetLeads.Core.Planning;

namespace SheetLeads.Worker.Tests.EndToEnd;

/// <summary>The real worker, run as a process with <c>sync --once</c> against real files.</summary>
public sealed class SyncOnceTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Mails_and_forms_become_one_row_per_lead_with_normalised_contacts_and_merged_repeats()
    {
        _workspace.AddMail("1.eml", Mails.Enquiry("a1@example.com", "sophie turner <Sophie.Turner@Example.com>", "Radiators", "Two radiators are cold at the top."));
        _workspace.AddMail("2.eml", Mails.Enquiry("a2@example.com", "Sophie Turner <sophie.turner@example.com>", "Also", "And the towel rail.", "Tue, 17 Nov 2026 10:00:00 +0000"));
        _workspace.AddMail("3.eml", Mails.AutoReply("a3@supplier.example.com"));
        _workspace.AddForm("f1.json", """{ "id": "f1", "submittedAt": "2026-11-18T12:00:00Z", "fields": { "Name": "GARY NEWMAN", "Email": "gary@example.org", "Phone": "07700 900123", "Message": "New boiler please" } }""");

        var run = await _workspace.SyncOnceAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        // Both leads arrived days before this run and nobody answered them: both are flagged No response.
        Assert.Equal("sync ok: taken=4 created=2 merged=1 duplicate=0 skipped=1 (auto-reply=1) flagged=2", run.SummaryLine[..run.SummaryLine.IndexOf(" api_calls", StringComparison.Ordinal)]);
        var leads = await LeadsTable.ReadAsync(_workspace.WorkbookPath);
        Assert.Equal(2, leads.Count);
        var sophie = leads.Single(LeadColumn.Email, "sophie.turner@example.com");
        Assert.Equal("Sophie Turner", leads.Cell(sophie, LeadColumn.Name));
        Assert.Equal("2", leads.Cell(sophie, LeadColumn.Enquiries));
        Assert.Equal("2026-11-17 10:00 Email: And the towel rail.", leads.Cell(sophie, LeadColumn.Notes));
        Assert.Equal(CellKind.DateTime, leads.Value(sophie, LeadColumn.Received).Kind);
        var gary = leads.Single(LeadColumn.Email, "gary@example.org");
        Assert.Equal(("Gary Newman", "+447700900123", "Bob Singh"), (leads.Cell(gary, LeadColumn.Name), leads.Cell(gary, LeadColumn.Phone), leads.Cell(gary, LeadColumn.Owner)));
        Assert.Equal(CellKind.Text, leads.Value(gary, LeadColumn.Phone).Kind);
        Assert.StartsWith("No response ", leads.Cell(gary, LeadColumn.Flag));
    }

    [Fact]
    public async Task A_second_run_takes_nothing_in_and_leaves_the_workbook_unchanged()
    {
        _workspace.AddMail("1.eml", Mails.Enquiry("b1@example.com", "Helen Carter <helen@example.com>", "Cylinder", "Is an unvented cylinder an option?"));
        Assert.Equal(0, (await _workspace.SyncOnceAsync()).ExitCode);
        var before = await File.ReadAllBytesAsync(_workspace.WorkbookPath);

        var second = await _workspace.SyncOnceAsync();

        Assert.StartsWith("sync ok: taken=0 created=0 merged=0 duplicate=0 skipped=0", second.SummaryLine);
        Assert.Equal(before, await File.ReadAllBytesAsync(_workspace.WorkbookPath));
    }

    [Fact]
    public async Task A_workbook_open_in_another_program_fails_the_cycle_by_name_and_the_next_cycle_takes_everything_once()
    {
        _workspace.AddMail("1.eml", Mails.Enquiry("c1@example.com", "Tom Baker <tom@example.com>", "Shower", "Thermostatic shower please."));
        Assert.Equal(0, (await _workspace.RunAsync("init")).ExitCode);
        var lockFile = Path.Combine(Path.GetDirectoryName(_workspace.WorkbookPath)!, ".~lock.leads.xlsx#");
        await File.WriteAllTextAsync(lockFile, "Alice,alice-pc,alice-pc,22.11.2026 10:04,file:///home/alice/.config/libreoffice/4;");

        var locked = await _workspace.SyncOnceAsync();

        Assert.Equal(1, locked.ExitCode);
        Assert.StartsWith("sync failed: taken=0 ", locked.SummaryLine);
        Assert.Contains(_workspace.WorkbookPath, locked.Stderr);
        Assert.Contains("close it", locked.Stderr);

        File.Delete(lockFile);
        var next = await _workspace.SyncOnceAsync();

        Assert.StartsWith("sync ok: taken=1 created=1 ", next.SummaryLine);
        var leads = await LeadsTable.ReadAsync(_workspace.WorkbookPath);
        Assert.Single(leads.Snapshot.Rows);
    }

    [Fact]
    public async Task A_renamed_header_stops_the_write_naming_the_column_and_nothing_is_lost()
    {
        _workspace.AddMail("1.eml", Mails.Enquiry("d1@example.com", "Priya Patel <priya@example.com>", "Radiators", "Two radiators to replace."));
        Assert.Equal(0, (await _workspace.RunAsync("init")).ExitCode);
        await RenameHeaderAsync("Email", "Customer mail");

        var refused = await _workspace.SyncOnceAsync();

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("has no 'Email' (or 'E-mail', 'Email address', 'E-mail address') column", refused.Stderr);
        Assert.Contains(_workspace.WorkbookPath, refused.Stderr);

        await RenameHeaderAsync("Customer mail", "E-mail");
        var next = await _workspace.SyncOnceAsync();

        Assert.StartsWith("sync ok: taken=1 created=1 ", next.SummaryLine);
        var leads = await LeadsTable.ReadAsync(_workspace.WorkbookPath);
        Assert.Equal("priya@example.com", leads.Cell(Assert.Single(leads.Snapshot.Rows), LeadColumn.Email));
    }

    [Fact]
    public async Task A_mail_file_that_cannot_be_read_is_named_and_taken_in_once_it_can_be()
    {
        _workspace.AddMail("good.eml", Mails.Enquiry("e1@example.com", "Alan Price <alan@example.com>", "Radiator", "Cast iron radiator to remove."));
        var broken = Path.Combine(_workspace.MailFolder, "late.eml");
        File.CreateSymbolicLink(broken, Path.Combine(_workspace.Root, "not-yet-written.eml"));

        var first = await _workspace.SyncOnceAsync();

        Assert.Equal(1, first.ExitCode);
        Assert.StartsWith("sync failed: taken=1 created=1 ", first.SummaryLine);
        Assert.Contains("cannot read late.eml", first.Stderr);

        File.Delete(broken);
        _workspace.AddMail("late.eml", Mails.Enquiry("e2@example.com", "Fiona Mackay <fiona@example.com>", "Leak", "Leak in the kitchen ceiling."));
        var second = await _workspace.SyncOnceAsync();

        Assert.StartsWith("sync ok: taken=1 created=1 ", second.SummaryLine);
        var leads = await LeadsTable.ReadAsync(_workspace.WorkbookPath);
        Assert.Equal(["alan@example.com", "fiona@example.com"], leads.Column(LeadColumn.Email).Order());
    }

    [Fact]
    public async Task An_invalid_json_file_is_recorded_as_an_unparseable_skip_naming_the_file()
    {
        _workspace.AddForm("broken.json", """{ "id": "x", "fields": { "Name": "Unfinished" """);
        _workspace.AddForm("ok.json", """{ "id": "f2", "submittedAt": "2026-11-18T12:00:00Z", "fields": { "Name": "Nina Rossi", "Email": "nina@example.com" } }""");

        var run = await _workspace.SyncOnceAsync();

        Assert.StartsWith("sync ok: taken=2 created=1 merged=0 duplicate=0 skipped=1 (unparseable=1)", run.SummaryLine);
        Assert.Contains("broken.json", run.Stderr);
    }

    [Fact]
    public async Task A_person_s_edits_between_cycles_are_kept_and_their_typed_row_is_adopted()
    {
        _workspace.AddMail("1.eml", Mails.Enquiry("g1@example.com", "James O'Connor <james@example.com>", "Kitchen", "Move the sink.", extraHeaders: ""));
        Assert.Equal(0, (await _workspace.SyncOnceAsync()).ExitCode);
        await EditAsync(snapshot =>
        [
            (RowOf(snapshot, "L-000001"), LeadColumn.Status, "Contacted"),
            (RowOf(snapshot, "L-000001"), LeadColumn.Notes, "Rang him 16/11"),
            (snapshot.Rows.Count + 2, LeadColumn.Name, "Jim O'Connor"),
            (snapshot.Rows.Count + 2, LeadColumn.Email, "JAMES@example.com"),
            (snapshot.Rows.Count + 2, LeadColumn.Message, "rang, wants to go ahead"),
        ]);
        _workspace.AddMail("2.eml", Mails.Enquiry("g2@example.com", "James O'Connor <james@example.com>", "Re: Kitchen", "Can you start Monday?", "Wed, 18 Nov 2026 09:00:00 +0000"));

        var run = await _workspace.SyncOnceAsync();

        // Flagged: the typed row as a possible duplicate, and L-000001, now Contacted with no Next contact.
        Assert.StartsWith("sync ok: taken=1 created=0 merged=1 duplicate=0 skipped=0 flagged=2", run.SummaryLine);
        var leads = await LeadsTable.ReadAsync(_workspace.WorkbookPath);
        var james = leads.Single(LeadColumn.LeadId, "L-000001");
        Assert.Equal("Contacted", leads.Cell(james, LeadColumn.Status));
        Assert.Equal("No next step", leads.Cell(james, LeadColumn.Flag));
        Assert.Equal("Rang him 16/11\n2026-11-18 09:00 Email: Can you start Monday?", leads.Cell(james, LeadColumn.Notes));
        var typed = leads.Single(LeadColumn.Name, "Jim O'Connor");
        Assert.Equal(("L-000002", "JAMES@example.com", "Manual", "Possible duplicate of L-000001"),
            (leads.Cell(typed, LeadColumn.LeadId), leads.Cell(typed, LeadColumn.Email), leads.Cell(typed, LeadColumn.Source), leads.Cell(typed, LeadColumn.Flag)));
    }

    [Fact]
    public async Task A_lead_left_New_past_the_target_is_coloured_and_once_a_person_answers_it_gets_First_response_and_loses_its_colour()
    {
        _workspace.AddMail("1.eml", Mails.Enquiry("late@example.com", "Rita Reed <rita@example.com>", "Drains", "Blocked drain."));
        Assert.Equal(0, (await _workspace.SyncOnceAsync()).ExitCode);
        var late = await LeadsTable.ReadAsync(_workspace.WorkbookPath);
        var rita = late.Single(LeadColumn.LeadId, "L-000001");
        Assert.StartsWith("No response", late.Cell(rita, LeadColumn.Flag));
        Assert.Equal("", late.Cell(rita, LeadColumn.FirstResponse));
        Assert.Equal("FF" + HighlightColours.Rgb(Highlight.Late), Fill($"D{rita.RowNumber}"));

        await EditAsync(snapshot => [(RowOf(snapshot, "L-000001"), LeadColumn.Status, "Contacted"), (RowOf(snapshot, "L-000001"), LeadColumn.NextContact, "2099-01-01")]);
        var run = await _workspace.SyncOnceAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        var answered = await LeadsTable.ReadAsync(_workspace.WorkbookPath);
        rita = answered.Single(LeadColumn.LeadId, "L-000001");
        Assert.Equal("", answered.Cell(rita, LeadColumn.Flag));
        Assert.Equal(CellKind.DateTime, answered.Value(rita, LeadColumn.FirstResponse).Kind);
        Assert.Null(Fill($"D{rita.RowNumber}"));
    }

    /// <summary>The fill colour of a cell of the Leads tab, or null when it has none.</summary>
    private string? Fill(string reference)
    {
        using var file = Workbook.XlsxFile.Open(_workspace.WorkbookPath);
        var fillId = file.Cell("Leads", reference) is { } cell ? file.Format(cell).FillId?.Value ?? 0 : 0;
        return fillId == 0 ? null : file.Styles.Fills!.Elements<DocumentFormat.OpenXml.Spreadsheet.Fill>().ElementAt((int)fillId).PatternFill?.ForegroundColor?.Rgb?.Value;
    }

    private async Task RenameHeaderAsync(string from, string to)
    {
        var snapshot = (await LeadsTable.ReadAsync(_workspace.WorkbookPath)).Snapshot;
        PersonEdits.Type(_workspace.WorkbookPath, [(1, snapshot.Header.ToList().IndexOf(from), to)]);
    }

    private static int RowOf(SheetSnapshot snapshot, string leadId) =>
        snapshot.Rows.Single(r => snapshot.Columns.Get(r.Cells, LeadColumn.LeadId).AsText() == leadId).RowNumber;

    // Edits the file the way a person would in a spreadsheet program: text typed into cells, saved.
    private async Task EditAsync(Func<SheetSnapshot, IEnumerable<(int Row, LeadColumn Column, string Text)>> edits)
    {
        var snapshot = (await LeadsTable.ReadAsync(_workspace.WorkbookPath)).Snapshot;
        var cells = edits(snapshot).Select(e => (e.Row, snapshot.Columns.PositionOf(e.Column)!.Value, e.Text));
        PersonEdits.Type(_workspace.WorkbookPath, cells);
    }
}
