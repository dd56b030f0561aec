using SheetLeads.Core.Normalisation;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Rules;
using SheetLeads.Core.Sheet;
using SheetLeads.Core.Tests.Support;

namespace SheetLeads.Core.Tests.Planning;

public sealed class FlagPlanningTests
{
    // Always open, so the clock reads plainly: 30 minutes to answer, 30 days to convert. Now is 2026-11-23 12:00.
    private readonly ChangePlanner _planner = new(Some.Rules() with
    {
        Flags = new FlagRules(WorkingTime.Always(Some.Time), TimeSpan.FromMinutes(30), TimeSpan.FromDays(30)),
    });

    [Fact]
    public void A_lead_left_new_past_the_target_is_flagged_and_coloured_and_nothing_else_changes()
    {
        var sheet = Some.Sheet(Some.LeadRow(id: "L-000007", received: "2026-11-23 09:00", status: "New", owner: "Bob Singh"));

        var result = _planner.Plan(Some.Input(sheet, []));

        var change = Assert.Single(result.Plan.RowChanges);
        var flag = Assert.Single(change.Changes);
        Assert.Equal(new CellChange(LeadColumn.Flag, CellChangeKind.Set, CellValue.Text("No response 3h")), flag);
        Assert.Equal([new RowHighlight(Some.Id("L-000007"), Highlight.Late)], result.Plan.Highlights);
        Assert.Equal(1, result.Flagged);
    }

    [Fact]
    public void A_cycle_where_no_flag_changed_plans_nothing()
    {
        var sheet = Some.Sheet(
            Some.LeadRow(id: "L-000007", received: "2026-11-23 09:00", status: "New", flag: "No response 3h"),
            Some.LeadRow(id: "L-000008", received: "2026-11-20 09:00", status: "Contacted", nextContact: "2026-11-30"));

        var result = _planner.Plan(Some.Input(sheet, []));

        Assert.True(result.Plan.IsEmpty);
        Assert.Equal(0, result.Flagged);
    }

    [Fact]
    public void A_flag_clears_and_its_colour_goes_once_the_lead_is_answered()
    {
        var sheet = Some.Sheet(Some.LeadRow(id: "L-000007", received: "2026-11-23 09:00", status: "Contacted",
            nextContact: "2026-11-25", firstResponse: "2026-11-23 11:00", flag: "No response 1h"));

        var result = _planner.Plan(Some.Input(sheet, []));
        sheet.Apply(result.Plan);

        Assert.Equal(CellValue.Empty, sheet.Cell("L-000007", LeadColumn.Flag));
        Assert.Equal([new RowHighlight(Some.Id("L-000007"), Highlight.None)], result.Plan.Highlights);
    }

    [Fact]
    public void A_new_lead_from_a_backlog_is_flagged_as_it_is_written()
    {
        var sheet = Some.Sheet();
        var enquiry = Some.Enquiry(received: "2026-11-20 10:00");

        var result = _planner.Plan(Some.Input(sheet, [enquiry]));

        var row = Assert.Single(result.Plan.NewRows);
        Assert.StartsWith("No response ", row.Cells[LeadColumn.Flag].AsText());
        Assert.Equal(Highlight.Late, Assert.Single(result.Plan.Highlights).Highlight);
    }

    [Fact]
    public void A_possible_duplicate_flag_stands_while_the_clock_flags_change()
    {
        var sheet = Some.Sheet(Some.LeadRow(id: "L-000009", received: "2026-11-23 09:00", status: "New",
            flag: "Possible duplicate of L-000004"));

        var result = _planner.Plan(Some.Input(sheet, []));
        sheet.Apply(result.Plan);

        Assert.Equal("Possible duplicate of L-000004; No response 3h", sheet.Text("L-000009", LeadColumn.Flag));
    }
}
