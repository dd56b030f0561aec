using SheetLeads.Core.Planning;
using SheetLeads.Core.Sheet;

namespace SheetLeads.Core.Tests.Planning;

public sealed class CellChangeTests
{
    private static readonly CellChange FillPhone = new(LeadColumn.Phone, CellChangeKind.Fill, CellValue.Text("+447700900222"));

    [Fact]
    public void A_fill_writes_an_empty_cell()
    {
        Assert.Equal(CellValue.Text("+447700900222"), FillPhone.Resolve(CellValue.Empty));
        Assert.Equal(CellValue.Text("+447700900222"), FillPhone.Resolve(CellValue.Text("  ")));
    }

    [Fact]
    public void A_fill_leaves_a_cell_a_person_typed_into_alone()
    {
        Assert.Null(FillPhone.Resolve(CellValue.Text("07700 900 222 (mobile)")));
        Assert.Null(FillPhone.Resolve(CellValue.Number(0)));
    }

    [Fact]
    public void An_appended_line_goes_below_what_is_there()
    {
        var change = new CellChange(LeadColumn.Notes, CellChangeKind.AppendLine, CellValue.Text("2026-11-22 10:04 Email: Any news?"));

        var value = change.Resolve(CellValue.Text("Site visit 06/11.\n"));

        Assert.Equal("Site visit 06/11.\n2026-11-22 10:04 Email: Any news?", value?.AsText());
    }

    [Fact]
    public void An_appended_line_in_an_empty_cell_is_the_whole_cell()
    {
        var change = new CellChange(LeadColumn.Ref, CellChangeKind.AppendLine, CellValue.Text("mail:m2@example.com"));

        var value = change.Resolve(CellValue.Empty);

        Assert.Equal(CellValue.Text("mail:m2@example.com"), value);
    }

    [Fact]
    public void A_line_is_appended_once_even_when_the_change_is_applied_twice()
    {
        var change = new CellChange(LeadColumn.Ref, CellChangeKind.AppendLine, CellValue.Text("mail:m2@example.com"));

        var once = change.Resolve(CellValue.Text("mail:m1@example.com"))!.Value;
        var twice = change.Resolve(once);

        Assert.Null(twice);
    }

    [Fact]
    public void Of_several_lines_only_those_not_there_yet_are_appended()
    {
        var change = new CellChange(LeadColumn.Ref, CellChangeKind.AppendLine, CellValue.Text("mail:m1@example.com\nmail:m2@example.com"));

        var value = change.Resolve(CellValue.Text("mail:m0@example.com\r\n mail:m1@example.com "));

        Assert.Equal("mail:m0@example.com\n mail:m1@example.com\nmail:m2@example.com", value?.AsText());
    }

    [Fact]
    public void A_set_replaces_a_different_value()
    {
        var change = new CellChange(LeadColumn.Enquiries, CellChangeKind.Set, CellValue.Number(3));

        Assert.Equal(CellValue.Number(3), change.Resolve(CellValue.Number(2)));
    }

    [Fact]
    public void A_set_to_the_value_already_there_writes_nothing()
    {
        var change = new CellChange(LeadColumn.Enquiries, CellChangeKind.Set, CellValue.Number(3));

        Assert.Null(change.Resolve(CellValue.Number(3)));
    }

    [Fact]
    public void A_set_writes_a_typed_value_over_the_same_text()
    {
        var change = new CellChange(LeadColumn.Enquiries, CellChangeKind.Set, CellValue.Number(3));

        Assert.Equal(CellValue.Number(3), change.Resolve(CellValue.Text("3")));
    }

    [Fact]
    public void A_replace_if_moves_the_status_it_was_planned_from_whatever_its_case_and_spaces()
    {
        var change = CellChange.ReplaceIf(LeadColumn.Status, "New", CellValue.Text("Contacted"));

        Assert.Equal(CellValue.Text("Contacted"), change.Resolve(CellValue.Text("New")));
        Assert.Equal(CellValue.Text("Contacted"), change.Resolve(CellValue.Text(" new ")));
    }

    [Fact]
    public void A_replace_if_leaves_a_status_a_person_chose_meanwhile_alone()
    {
        var change = CellChange.ReplaceIf(LeadColumn.Status, "New", CellValue.Text("Contacted"));

        Assert.Null(change.Resolve(CellValue.Text("Lost")));
        Assert.Null(change.Resolve(CellValue.Empty));
        Assert.True(change.LeftToPerson(CellValue.Text("Lost")));
    }

    [Fact]
    public void A_replace_if_applied_twice_writes_once()
    {
        var change = CellChange.ReplaceIf(LeadColumn.Status, "", CellValue.Text("Contacted"));

        var once = change.Resolve(CellValue.Empty)!.Value;
        var twice = change.Resolve(once);

        Assert.Equal(CellValue.Text("Contacted"), once);
        Assert.Null(twice);
    }
}
