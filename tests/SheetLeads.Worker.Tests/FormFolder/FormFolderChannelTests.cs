using Microsoft.Extensions.Logging;
using SheetLeads.Core.Intake;
using SheetLeads.Core.Leads;
using SheetLeads.Core.Normalisation;
using SheetLeads.Core.Sync;
using SheetLeads.Worker.Forms;

namespace SheetLeads.Worker.Tests.FormFolder;

public sealed class FormFolderChannelTests : IDisposable
{
    private readonly FormFolderSetup _setup = new();

    public void Dispose() => _setup.Dispose();

    [Fact]
    public async Task Every_json_file_below_the_folder_is_read_and_nothing_else()
    {
        _setup.Copy("generic/submission.json", "a.json");
        _setup.Copy("generic/items.json", "2026/june/b.JSON");
        _setup.Write("notes.txt", "not a form");

        var batch = await _setup.Channel().ReadAsync(100, CancellationToken.None);

        Assert.Equal(["web-2041", "i-1", "i-2"], batch.Items.OfType<FormItem>().Select(i => i.Submission.Id));
        Assert.Equal(["2026/june/b.JSON", "a.json"], batch.Checkpoint.Entries.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(batch.Problems);
        Assert.False(batch.HasMore);
    }

    [Fact]
    public async Task A_file_whose_batch_was_committed_is_not_read_again()
    {
        _setup.Copy("typeform/responses-page.json", "page-1.json");
        var channel = _setup.Channel(new TypeformPreset());
        await _setup.CommitAsync(await channel.ReadAsync(100, CancellationToken.None));

        var again = await channel.ReadAsync(100, CancellationToken.None);

        Assert.Empty(again.Items);
        Assert.Empty(again.Checkpoint.Entries);
    }

    [Fact]
    public async Task A_file_read_but_not_committed_is_read_again()
    {
        _setup.Copy("generic/submission.json", "a.json");
        var channel = _setup.Channel();
        await channel.ReadAsync(100, CancellationToken.None);

        var again = await channel.ReadAsync(100, CancellationToken.None);

        Assert.Single(again.Items);
    }

    [Fact]
    public async Task A_file_changed_after_it_was_taken_in_is_read_again()
    {
        _setup.Copy("generic/submission.json", "a.json");
        var channel = _setup.Channel();
        await _setup.CommitAsync(await channel.ReadAsync(100, CancellationToken.None));
        _setup.Copy("generic/items.json", "a.json");

        var again = await channel.ReadAsync(100, CancellationToken.None);

        Assert.Equal(["i-1", "i-2"], again.Items.OfType<FormItem>().Select(i => i.Submission.Id));
    }

    [Fact]
    public async Task Invalid_json_is_an_unparseable_skip_naming_the_file_and_is_not_read_again()
    {
        var path = _setup.Copy("bad/invalid.json", "broken.json");
        var channel = _setup.Channel();

        var batch = await channel.ReadAsync(100, CancellationToken.None);
        var skip = Assert.IsType<Skip>(EnquiryIntake.Take(channel.Info, Assert.Single(batch.Items), Settings(), Now));
        await _setup.CommitAsync(batch);

        Assert.Equal(SkipReason.Unparseable, skip.Reason);
        Assert.Contains(path, skip.Detail, StringComparison.Ordinal);
        Assert.Equal("site", skip.Reference.Channel);
        Assert.Contains("broken.json", batch.Checkpoint.Entries.Keys);
        Assert.Empty((await channel.ReadAsync(100, CancellationToken.None)).Items);
    }

    [Fact]
    public async Task A_page_of_another_service_is_an_unparseable_skip_not_an_exception()
    {
        _setup.Copy("jotform/submissions-page.json", "page.json");

        var batch = await _setup.Channel(new TallyPreset()).ReadAsync(100, CancellationToken.None);

        var item = Assert.IsType<UnreadableItem>(Assert.Single(batch.Items));
        Assert.EndsWith("page.json is not a Tally submissions page: no 'submissions' array", item.Problem, StringComparison.Ordinal);
        Assert.Single(batch.Checkpoint.Entries);
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_is_a_problem_left_out_of_the_checkpoint_and_read_next_cycle()
    {
        var path = _setup.Copy("generic/submission.json", "locked.json");
        _setup.Copy("generic/items.json", "other.json");
        var channel = _setup.Channel();

        ChannelBatch whileLocked;
        using (new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
            whileLocked = await channel.ReadAsync(100, CancellationToken.None);
        var afterwards = await channel.ReadAsync(100, CancellationToken.None);

        var problem = Assert.Single(whileLocked.Problems);
        Assert.StartsWith(path + " cannot be read", problem, StringComparison.Ordinal);
        Assert.Equal(["other.json"], whileLocked.Checkpoint.Entries.Keys);
        Assert.Equal(2, whileLocked.Items.Count);
        Assert.Contains(afterwards.Items.OfType<FormItem>(), i => i.Submission.Id == "web-2041");
        Assert.Contains(_setup.Log.Lines, l => l.Event.Id == 3501 && l.Level == LogLevel.Warning);
    }

    [Fact]
    public async Task A_file_is_never_split_across_batches_so_a_page_that_does_not_fit_waits()
    {
        _setup.Copy("generic/submission.json", "first.json");
        _setup.Copy("generic/items.json", "second.json");

        var batch = await _setup.Channel().ReadAsync(2, CancellationToken.None);

        Assert.Single(batch.Items);
        Assert.Equal(["first.json"], batch.Checkpoint.Entries.Keys);
        Assert.True(batch.HasMore);
    }

    [Fact]
    public async Task The_first_file_is_taken_whole_even_when_it_holds_more_than_the_limit()
    {
        _setup.Copy("generic/items.json", "big.json");
        _setup.Copy("generic/submission.json", "small.json");

        var batch = await _setup.Channel().ReadAsync(1, CancellationToken.None);

        Assert.Equal(2, batch.Items.Count);
        Assert.Equal(["big.json"], batch.Checkpoint.Entries.Keys);
        Assert.True(batch.HasMore);
    }

    [Fact]
    public async Task A_parser_fault_is_a_problem_and_the_file_waits_instead_of_being_recorded_as_skipped()
    {
        var path = _setup.Copy("generic/submission.json", "a.json");

        var batch = await _setup.Channel(new ThrowingPreset()).ReadAsync(100, CancellationToken.None);

        Assert.Empty(batch.Items);
        Assert.Empty(batch.Checkpoint.Entries);
        Assert.Equal($"{path} could not be read as Faulty (InvalidOperationException); it is tried again next cycle", Assert.Single(batch.Problems));
        Assert.Contains(_setup.Log.Lines, l => l.Event.Id == 3508 && l.Level == LogLevel.Error);
    }

    [Fact]
    public async Task A_file_larger_than_a_form_page_can_be_is_a_problem_and_never_loaded()
    {
        var path = _setup.Write("dump.json", "{}");
        using (var stream = new FileStream(path, FileMode.Open))
            stream.SetLength(SheetLeads.Worker.FormFolder.FormFolderChannel.MaxFileBytes + 1);

        var batch = await _setup.Channel().ReadAsync(100, CancellationToken.None);

        Assert.Empty(batch.Items);
        Assert.Empty(batch.Checkpoint.Entries);
        Assert.Equal($"{path} is larger than the 32 MB a form file may have (33554433 bytes); split it into pages", Assert.Single(batch.Problems));
    }

    [Fact]
    public async Task A_missing_folder_fails_the_channel_with_a_message_naming_it()
    {
        var missing = Path.Combine(_setup.Folder, "nope");

        var e = await Assert.ThrowsAsync<ChannelException>(() => _setup.Channel(folder: missing).ReadAsync(10, CancellationToken.None));

        Assert.Contains(missing, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_says_how_many_files_wait_to_be_taken_in()
    {
        _setup.Copy("generic/submission.json", "a.json");
        _setup.Copy("generic/items.json", "b.json");

        var verdict = Assert.Single(await _setup.Channel(new TypeformPreset()).CheckAsync(CancellationToken.None));

        Assert.True(verdict.Ok);
        Assert.Equal("channel site", verdict.Subject);
        Assert.Equal($"reads Typeform form files (*.json) below {_setup.Folder}; 2 not taken in yet", verdict.Message);
    }

    [Fact]
    public async Task Check_fails_for_a_missing_folder()
    {
        var verdict = Assert.Single(await _setup.Channel(folder: Path.Combine(_setup.Folder, "nope")).CheckAsync(CancellationToken.None));

        Assert.False(verdict.Ok);
        Assert.Contains("does not exist", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logs_name_files_and_problems_but_never_what_customers_wrote()
    {
        foreach (var fixture in new[] { "typeform/responses-page.json", "tally/submissions-page.json", "jotform/submissions-page.json",
                     "formspree/submissions-page.json", "generic/submission.json", "bad/invalid.json", "bad/error-page.json" })
            _setup.Copy(fixture, fixture);

        await _setup.Channel(new TypeformPreset()).ReadAsync(100, CancellationToken.None);

        var log = string.Join("\n", _setup.Log.Lines.Select(l => l.Text));
        Assert.Contains("recorded as unparseable", log, StringComparison.Ordinal);
        foreach (var customerText in new[] { "Olu", "adeyemi", "Priya", "Grace", "Okafor", "Ivy", "maria", "07700", "Cut Off", "cut.off", "Boiler", "Bad Gateway" })
            Assert.DoesNotContain(customerText, log, StringComparison.OrdinalIgnoreCase);
    }

    private static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    private static IntakeSettings Settings() => new(
        new BusinessTime(TimeZoneInfo.FindSystemTimeZoneById("Europe/London")), new PhoneNormaliser("GB"), ["example.co.uk"], null, FieldLabels.Default);
}
