using SheetLeads.Core.Planning;
using SheetLeads.Core.Sheet;

namespace SheetLeads.Core.Tests.Planning;

public class CellChangeTests
{
    [Fact]
    public void A_fill_writes_an_empty_cell()
    {
        var fill = new CellChange(LeadColumn.Phone, CellChangeKind.Fill, CellValue.Text("+447700900123"));

        Assert.Equal(CellValue.Text("+447700900123"), fill.Resolve(CellValue.Empty));
        Assert.Equal(CellValue.Text("+447700900123"), fill.Resolve(CellValue.Text("  ")));
    }

    [Fact]
    public void A_fill_leaves_a_cell_a_person_typed_in_alone()
    {
        var fill = new CellChange(LeadColumn.Owner, CellChangeKind.Fill, CellValue.Text("Alice Hart"));

        Assert.Null(fill.Resolve(CellValue.Text("Bob Singh")));
    }

    [Fact]
    public void An_appended_line_goes_below_what_is_there()
    {
        var append = new CellChange(LeadColumn.Notes, CellChangeKind.AppendLine, CellValue.Text("2026-11-22 10:04 Email: Any news?"));

        var value = append.Resolve(CellValue.Text("Site visit done 12/11.\n"));

        Assert.Equal(CellValue.Text("Site visit done 12/11.\n2026-11-22 10:04 Email: Any news?"), value);
    }

    [Fact]
    public void An_appended_line_into_an_empty_cell_is_the_whole_cell()
    {
        var append = new CellChange(LeadColumn.Ref, CellChangeKind.AppendLine, CellValue.Text("mail:x@y"));

        Assert.Equal(CellValue.Text("mail:x@y"), append.Resolve(CellValue.Empty));
    }

    [Fact]
    public void A_line_already_there_is_not_appended_again()
    {
        var append = new CellChange(LeadColumn.Ref, CellChangeKind.AppendLine, CellValue.Text("mail:x@y"));

        Assert.Null(append.Resolve(CellValue.Text("site:1\r\nmail:x@y")));
    }

    [Fact]
    public void Of_several_lines_only_those_not_there_are_appended()
    {
        var append = new CellChange(LeadColumn.Ref, CellChangeKind.AppendLine, CellValue.Text("site:1\nsite:2"));

        Assert.Equal(CellValue.Text("site:1\nsite:2"), append.Resolve(CellValue.Text("site:1")));
    }

    [Fact]
    public void Applying_an_append_twice_changes_the_cell_once()
    {
        var append = new CellChange(LeadColumn.Notes, CellChangeKind.AppendLine, CellValue.Text("2026-11-22 10:04 Email: Any news?"));
        var once = append.Resolve(CellValue.Text("Called.")) ?? throw new InvalidOperationException("no change");

        Assert.Null(append.Resolve(once));
    }

    [Fact]
    public void A_set_replaces_a_different_value()
    {
        var set = new CellChange(LeadColumn.Enquiries, CellChangeKind.Set, CellValue.Number(3));

        Assert.Equal(CellValue.Number(3), set.Resolve(CellValue.Number(2)));
        Assert.Equal(CellValue.Number(3), set.Resolve(CellValue.Text("3")));
    }

    [Fact]
    public void A_set_to_the_value_already_there_writes_nothing()
    {
        var set = new CellChange(LeadColumn.Enquiries, CellChangeKind.Set, CellValue.Number(3));

        Assert.Null(set.Resolve(CellValue.Number(3)));
    }
}
