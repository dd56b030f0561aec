using SheetLeads.Core.Leads;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Sheet;
using SheetLeads.Core.Tests.Support;

namespace SheetLeads.Core.Tests.Planning;

public sealed class DuplicateTests
{
    private readonly ChangePlanner _planner = Some.Planner();

    [Fact]
    public void An_enquiry_whose_reference_is_in_the_sheet_is_a_duplicate_and_nothing_is_written()
    {
        var sheet = Some.Sheet(Some.LeadRow(id: "L-000006", email: "sophie@example.com", refs: "mail:m1@example.com"));

        var result = _planner.Plan(Some.Input(sheet, [Some.Enquiry(reference: "mail:m1@example.com", email: "sophie@example.com")]));

        Assert.Equal(OutcomeKind.Duplicate, Assert.Single(result.Outcomes).Kind);
        Assert.True(result.Plan.IsEmpty);
    }

    [Fact]
    public void A_reference_on_any_line_of_a_ref_cell_is_in_the_sheet()
    {
        var sheet = Some.Sheet(Some.LeadRow(refs: "mail:m0@example.com\nmail:m1@example.com"));

        var result = _planner.Plan(Some.Input(sheet, [Some.Enquiry(reference: "mail:m1@example.com", email: "someone.else@example.com")]));

        Assert.Equal(OutcomeKind.Duplicate, Assert.Single(result.Outcomes).Kind);
        Assert.True(result.Plan.IsEmpty);
    }

    [Fact]
    public void An_enquiry_the_worker_took_in_before_is_a_duplicate_even_if_its_row_is_gone()
    {
        var sheet = Some.Sheet();

        var result = _planner.Plan(Some.Input(sheet, [Some.Enquiry(reference: "site:sub-1001")], alreadyTaken: ["site:sub-1001"]));

        Assert.Equal(OutcomeKind.Duplicate, Assert.Single(result.Outcomes).Kind);
        Assert.True(result.Plan.IsEmpty);
    }

    [Fact]
    public void The_same_reference_twice_in_one_batch_makes_one_lead_and_one_duplicate()
    {
        var sheet = Some.Sheet();
        var first = Some.Enquiry(reference: "mail:twice@example.com", email: "chris@example.com");
        var second = Some.Enquiry(reference: "mail:twice@example.com", email: "chris@example.com");

        var result = _planner.Plan(Some.Input(sheet, [first, second]));
        sheet.Apply(result.Plan);

        Assert.Equal([OutcomeKind.Created, OutcomeKind.Duplicate], result.Outcomes.Select(o => o.Kind));
        Assert.Equal(["L-000001"], sheet.LeadIds);
        Assert.Equal(CellValue.Number(1), sheet.Cell("L-000001", LeadColumn.Enquiries));
        Assert.Equal("", sheet.Text("L-000001", LeadColumn.Notes));
    }

    [Fact]
    public void A_duplicate_of_a_merged_enquiry_adds_nothing_to_its_lead()
    {
        var sheet = Some.Sheet(Some.LeadRow(id: "L-000005", email: "sarah@example.com", enquiries: 2, refs: "site:sub-1\ntally:abc"));

        var result = _planner.Plan(Some.Input(sheet, [Some.Enquiry(reference: "tally:abc", email: "sarah@example.com")]));

        Assert.Equal(OutcomeKind.Duplicate, Assert.Single(result.Outcomes).Kind);
        Assert.True(result.Plan.IsEmpty);
    }

    [Fact]
    public void A_skipped_item_is_counted_and_writes_nothing()
    {
        var sheet = Some.Sheet();

        var result = _planner.Plan(Some.Input(sheet, [Some.Skip(reason: SkipReason.Bounce)]));

        Assert.Equal(OutcomeKind.Skipped, Assert.Single(result.Outcomes).Kind);
        Assert.True(result.Plan.IsEmpty);
    }

    [Fact]
    public void Outcomes_are_given_in_the_order_of_the_items()
    {
        var sheet = Some.Sheet(Some.LeadRow(refs: "mail:old@example.com"));
        var items = new TakenItem[]
        {
            Some.Enquiry(reference: "mail:new@example.com", received: "2026-11-23 10:00", email: "new@example.com"),
            Some.Skip(reference: "mail:ooo@example.com"),
            Some.Enquiry(reference: "mail:old@example.com", received: "2026-11-23 08:00"),
        };

        var result = _planner.Plan(Some.Input(sheet, items));

        Assert.Equal(items, result.Outcomes.Select(o => o.Item));
        Assert.Equal([OutcomeKind.Created, OutcomeKind.Skipped, OutcomeKind.Duplicate], result.Outcomes.Select(o => o.Kind));
    }
}
