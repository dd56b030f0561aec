using SheetLeads.Worker.Forms;

namespace SheetLeads.Worker.Tests.Forms;

public class JsonTextTests
{
    [Theory]
    [InlineData("\"  spaced  \"", "spaced")]
    [InlineData("12.50", "12.50")]
    [InlineData("false", "No")]
    [InlineData("[\"a\", \"\", null, 3]", "a, 3")]
    [InlineData("{\"label\": \"Heating\", \"ref\": \"heating\"}", "Heating")]
    [InlineData("{\"labels\": [\"A\", \"B\"], \"other\": \"C\"}", "A, B, C")]
    [InlineData("{\"name\": \"plan.pdf\", \"url\": \"https://example.com/plan.pdf\"}", "plan.pdf (https://example.com/plan.pdf)")]
    [InlineData("{\"rows\": {\"Kitchen\": \"Yes\"}, \"empty\": \"\"}", "rows: Kitchen: Yes")]
    public void An_answer_reads_as_text_a_person_understands(string json, string expected)
    {
        Assert.Equal(expected, JsonText.Of(FormFixtures.Parse(json)));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"   \"")]
    [InlineData("[]")]
    [InlineData("{}")]
    public void An_empty_answer_has_no_text(string json)
    {
        Assert.Null(JsonText.Of(FormFixtures.Parse(json)));
    }
}
