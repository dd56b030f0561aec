using Microsoft.Extensions.Time.Testing;
using SheetLeads.Core.Sync;
using SheetLeads.Core.Tests.Support;

namespace SheetLeads.Core.Tests.Sync;

public sealed class SyncCycleOrderTests
{
    [Fact]
    public async Task The_state_is_committed_after_the_sheet_write_and_channels_are_acknowledged_after_the_commit()
    {
        var journal = new Journal();
        var sheet = Some.Sheet();
        sheet.OnWrite = () => journal.Note("sheet: write");
        var mail = new FakeChannel("enquiries", "Email", journal).With(Some.Form(id: "m-1", email: "a@example.com"));
        var site = new FakeChannel("site", "Website form", journal).With(Some.Form(id: "sub-1", email: "b@example.com"));
        var cycle = new SyncCycle([mail, site], sheet, new InMemoryWorkerState(journal), Some.Intake, Some.Planner(), new FakeTimeProvider(Some.Now), new SyncLimits());

        await cycle.RunAsync(CancellationToken.None);

        Assert.Equal(["sheet: write", "state: commit", "enquiries: acknowledge", "site: acknowledge"], journal.Entries);
    }

    [Fact]
    public async Task Each_channel_is_acknowledged_with_the_outcomes_of_its_own_items()
    {
        var sheet = Some.Sheet(Some.LeadRow(id: "L-000001", email: "a@example.com", refs: "site:sub-old"));
        var mail = new FakeChannel("enquiries", "Email").With(Some.Form(id: "m-1", email: "a@example.com"));
        var site = new FakeChannel("site", "Website form").With(Some.Form(id: "sub-old", email: "a@example.com"), Some.Form(id: "sub-2", email: "c@example.com"));
        var cycle = new SyncCycle([mail, site], sheet, new InMemoryWorkerState(), Some.Intake, Some.Planner(), new FakeTimeProvider(Some.Now), new SyncLimits());

        await cycle.RunAsync(CancellationToken.None);

        Assert.Equal(["enquiries:m-1"], Assert.Single(mail.Acknowledged).Select(o => o.Item.Reference.ToString()));
        Assert.Equal(["site:sub-old", "site:sub-2"], Assert.Single(site.Acknowledged).Select(o => o.Item.Reference.ToString()));
    }

    [Fact]
    public async Task The_state_records_every_item_taken_with_its_outcome()
    {
        var state = new InMemoryWorkerState();
        var site = new FakeChannel("site", "Website form").With(Some.Unreadable("sha256:00"), Some.Form(id: "sub-1"));
        var cycle = new SyncCycle([site], Some.Sheet(), state, Some.Intake, Some.Planner(), new FakeTimeProvider(Some.Now), new SyncLimits());

        await cycle.RunAsync(CancellationToken.None);

        Assert.Equal([Some.Ref("site:sha256:00"), Some.Ref("site:sub-1")], Assert.Single(state.Commits).Outcomes.Select(o => o.Item.Reference));
    }
}
