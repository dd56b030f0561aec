using System.Text;
using SheetLeads.Core.Normalisation;

namespace SheetLeads.Core.Tests.Normalisation;

public class HtmlTextTests
{
    [Fact]
    public void Paragraphs_become_lines_separated_by_a_blank_line()
    {
        Assert.Equal("Hello,\n\nWe need a plumber.", HtmlText.ToText("<p>Hello,</p><p>We need a plumber.</p>"));
    }

    [Fact]
    public void Br_and_divs_start_new_lines()
    {
        Assert.Equal("Line one\nLine two\nLine three", HtmlText.ToText("<div>Line one<br>Line two<BR/></div><div>Line three</div>"));
    }

    [Fact]
    public void Named_and_numeric_entities_are_decoded_once()
    {
        var text = HtmlText.ToText("<p>Rooms 3 &amp; 4 &ndash; &pound;250 &#8364;10 &#x41; &amp;lt;b&amp;gt; caf&eacute;</p>");

        Assert.Equal("Rooms 3 & 4 – £250 €10 A &lt;b&gt; café", text);
    }

    [Fact]
    public void Runs_of_white_space_and_nbsp_collapse_to_one_space()
    {
        Assert.Equal("a b c d", HtmlText.ToText("<p>a \r\n\t b&nbsp;&nbsp;c   &nbsp; d</p>"));
    }

    [Fact]
    public void Head_style_script_title_and_comments_are_hidden()
    {
        var html = """
            <html><head><title>Secret title</title><style>p { color: red }</style>
            <xml><o:OfficeDocumentSettings>x</o:OfficeDocumentSettings></xml></head>
            <body><!-- a comment --><script>alert('x')</script><p>Visible</p><!--[if mso]>mso only<![endif]--></body></html>
            """;

        Assert.Equal("Visible", HtmlText.ToText(html));
    }

    [Fact]
    public void Hidden_elements_are_matched_without_case()
    {
        Assert.Equal("Shown", HtmlText.ToText("<STYLE type=\"text/css\">.a{}</Style><p>Shown</p>"));
    }

    [Fact]
    public void A_head_never_closed_ends_where_the_body_starts_so_the_text_is_not_lost()
    {
        Assert.Equal("Please call me.", HtmlText.ToText("<html><head><meta charset=\"utf-8\"><body><p>Please call me.</p></body></html>"));
    }

    [Fact]
    public void A_style_never_closed_hides_nothing_after_its_own_tag()
    {
        Assert.Contains("Please call me.", HtmlText.ToText("<style>.a{}<p>Please call me.</p>"), StringComparison.Ordinal);
    }

    [Fact]
    public void Table_cells_in_a_row_are_separated_by_a_tab()
    {
        var html = "<table><tr><th>Name</th><td>Olivia</td></tr>\n<tr>\n  <td>Email</td>\n  <td><a href=\"mailto:o@example.com\">o@example.com</a></td>\n</tr></table>";

        Assert.Equal("Name\tOlivia\nEmail\to@example.com", HtmlText.ToText(html));
    }

    [Fact]
    public void Cells_whose_content_is_wrapped_in_paragraphs_or_divs_stay_on_one_row()
    {
        var html = "<table><tr><td><p><b>Name</b></p></td><td><div>Olivia</div></td></tr><tr><td><p>Phone</p></td><td><p>07700 900789</p></td></tr></table>";

        Assert.Equal("Name\tOlivia\nPhone\t07700 900789", HtmlText.ToText(html));
    }

    [Fact]
    public void A_field_table_nested_in_a_layout_table_keeps_one_row_per_line()
    {
        var html = """
            <table width="100%"><tr><td align="center">
              <h2>You have a new submission</h2>
              <table><tr><td>Name</td><td>Olivia</td></tr><tr><td>Email</td><td>o@example.com</td></tr></table>
              <p>Sent by Forms</p>
            </td></tr></table>
            """;

        Assert.Equal("You have a new submission\nName\tOlivia\nEmail\to@example.com\n\nSent by Forms", HtmlText.ToText(html));
    }

    [Fact]
    public void Line_breaks_inside_a_cell_are_kept_as_lines_after_the_cells_first_line()
    {
        var html = "<table><tr><td>Message</td><td>First line<br>Second line</td></tr></table><p>Footer</p>";

        Assert.Equal("Message\tFirst line\nSecond line\n\nFooter", HtmlText.ToText(html));
    }

    [Fact]
    public void Pre_keeps_its_line_breaks_and_inner_spaces()
    {
        Assert.Equal("a  b\nc", HtmlText.ToText("<pre>a  b\nc</pre>"));
        Assert.Equal("a b c", HtmlText.ToText("<p>a  b\nc</p>"));
    }

    [Fact]
    public void Outlook_namespaced_tags_are_read_by_their_local_name()
    {
        Assert.Equal("Hello\n\nWorld", HtmlText.ToText("<p class=MsoNormal>Hello<o:p></o:p></p><p class=MsoNormal>World<o:p></o:p></p>"));
    }

    [Fact]
    public void A_less_than_sign_that_starts_no_tag_is_text()
    {
        Assert.Equal("Budget < 500 and > 200", HtmlText.ToText("<p>Budget < 500 and > 200</p>"));
    }

    [Fact]
    public void A_tag_cut_off_at_the_end_does_not_throw_and_keeps_the_text_before_it()
    {
        Assert.StartsWith("Please call", HtmlText.ToText("<p>Please call</p><a href=\"x"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<")]
    [InlineData("</")]
    [InlineData("<!--")]
    [InlineData("<!")]
    [InlineData("&")]
    [InlineData("<>")]
    [InlineData("</>")]
    [InlineData("<head>")]
    public void Fragments_give_text_without_throwing(string html)
    {
        var text = HtmlText.ToText(html);

        Assert.NotNull(text);
    }

    [Fact]
    public void A_hundred_thousand_nested_divs_are_read_without_running_out_of_stack()
    {
        var html = new StringBuilder();
        html.Insert(0, "<div>", 100_000).Append("Deep enquiry").Insert(html.Length, "</div>", 100_000);

        Assert.Equal("Deep enquiry", HtmlText.ToText(html.ToString()));
    }

    [Fact]
    public void A_hundred_thousand_nested_tables_are_read_without_running_out_of_stack()
    {
        var html = new StringBuilder();
        html.Insert(0, "<table><tr><td>", 100_000).Append("Deep enquiry").Insert(html.Length, "</td></tr></table>", 100_000);

        Assert.Equal("Deep enquiry", HtmlText.ToText(html.ToString()));
    }

    [Fact]
    public void Fifty_thousand_unclosed_style_tags_keep_all_their_text()
    {
        // Each unclosed <style> looks for its end once; a rescan of the rest per tag would be quadratic.
        var html = new StringBuilder().Insert(0, "<style>x ", 50_000).ToString();

        Assert.Equal(string.Join(' ', Enumerable.Repeat("x", 50_000)), HtmlText.ToText(html));
    }
}
