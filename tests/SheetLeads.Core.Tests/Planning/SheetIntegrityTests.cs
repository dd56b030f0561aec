using SheetLeads.Core.Planning;
using SheetLeads.Core.Sheet;
using SheetLeads.Core.Tests.Support;

namespace SheetLeads.Core.Tests.Planning;

public sealed class SheetIntegrityTests
{
    private readonly ChangePlanner _planner = Some.Planner();

    [Fact]
    public void A_lead_id_on_two_rows_is_never_merged_into_and_a_warning_says_so()
    {
        var sheet = Some.Sheet(
            Some.LeadRow(id: "L-000004", email: "james@example.com", refs: "mail:a@seed.example"),
            Some.LeadRow(id: "L-000004", email: "james@example.com", refs: "mail:b@seed.example"));

        var result = _planner.Plan(Some.Input(sheet, [Some.Enquiry(email: "james@example.com")]));

        Assert.Equal(OutcomeKind.Created, Assert.Single(result.Outcomes).Kind);
        Assert.Empty(result.Plan.RowChanges);
        Assert.Contains(result.Warnings, w => w.Contains("L-000004 is on more than one row", StringComparison.Ordinal));
    }

    [Fact]
    public void A_row_with_a_malformed_lead_id_is_never_merged_into_or_adopted()
    {
        var sheet = Some.Sheet(Some.LeadRow(id: "L-0004A", email: "james@example.com"));

        var result = _planner.Plan(Some.Input(sheet, [Some.Enquiry(email: "james@example.com")]));

        Assert.Equal(OutcomeKind.Created, Assert.Single(result.Outcomes).Kind);
        Assert.Empty(result.Plan.RowChanges);
        Assert.Equal(0, result.Adopted);
        Assert.Equal(["Row 2 has a Lead ID that is not of the form L-000001; it is left alone."], result.Warnings);
    }

    [Fact]
    public void The_references_of_rows_with_a_bad_lead_id_still_count_as_taken()
    {
        var sheet = Some.Sheet(
            Some.LeadRow(id: "L-0004A", refs: "mail:m1@x.example"),
            Some.LeadRow(id: "L-000006", refs: "mail:m2@x.example"),
            Some.LeadRow(id: "L-000006", refs: "mail:m3@x.example"));

        var result = _planner.Plan(Some.Input(sheet, [Some.Enquiry(reference: "mail:m1@x.example"), Some.Enquiry(reference: "mail:m3@x.example")]));

        Assert.All(result.Outcomes, o => Assert.Equal(OutcomeKind.Duplicate, o.Kind));
        Assert.True(result.Plan.IsEmpty);
    }
}
