using System.Text;
using SheetLeads.Core.Normalisation;

namespace SheetLeads.Core.Tests.Intake;

public class MailHtmlTextTests
{
    [Fact]
    public void Entities_are_decoded_and_tags_dropped()
    {
        var text = HtmlText.ToText("<p>Plumbing &amp; Heating &ndash; &pound;250 + VAT, don&#39;t <strong>wait</strong></p>");

        Assert.Equal("Plumbing & Heating – £250 + VAT, don't wait", text);
    }

    [Fact]
    public void Head_style_script_and_comments_are_not_text()
    {
        var text = HtmlText.ToText("<html><head><title>T</title><style>p{color:red}</style></head><body><!-- x --><script>alert(1)</script><p>Hello</p></body></html>");

        Assert.Equal("Hello", text);
    }

    [Fact]
    public void Paragraphs_and_line_breaks_become_lines()
    {
        var text = HtmlText.ToText("<p>One</p><p>Two<br>Three</p><div>Four</div>");

        Assert.Equal("One\n\nTwo\nThree\n\nFour", text);
    }

    [Fact]
    public void Cells_of_a_table_row_are_separated_by_a_tab()
    {
        var text = HtmlText.ToText("<table><tr><td>Name</td><td>Olivia</td></tr><tr><td>Phone</td><td>020 7946 0999</td></tr></table>");

        Assert.Equal("Name\tOlivia\nPhone\t020 7946 0999", text);
    }

    [Fact]
    public void Deeply_nested_markup_is_read_without_recursion()
    {
        var html = new StringBuilder();
        for (var i = 0; i < 200_000; i++)
            html.Append("<div>");
        html.Append("deep");

        var text = HtmlText.ToText(html.ToString());

        Assert.Equal("deep", text);
    }

    [Fact]
    public void An_unclosed_tag_at_the_end_is_kept_as_text()
    {
        var text = HtmlText.ToText("Price < 100");

        Assert.Equal("Price < 100", text);
    }
}
