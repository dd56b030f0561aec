using SheetLeads.Worker.Forms;

namespace SheetLeads.Worker.Tests.Forms;

public class FormPresetsTests
{
    [Theory]
    [InlineData("Generic", typeof(GenericFormPreset))]
    [InlineData("typeform", typeof(TypeformPreset))]
    [InlineData("TALLY", typeof(TallyPreset))]
    [InlineData("Jotform", typeof(JotFormPreset))]
    [InlineData(" Formspree ", typeof(FormspreePreset))]
    public void A_preset_is_found_by_its_name_in_any_case(string name, Type expected)
    {
        Assert.IsType(expected, FormPresets.Find(name));
    }

    [Theory]
    [InlineData("Google Forms")]
    [InlineData("")]
    [InlineData(null)]
    public void An_unknown_preset_is_not_found(string? name)
    {
        Assert.Null(FormPresets.Find(name));
    }

    [Fact]
    public void The_names_are_the_configuration_values()
    {
        Assert.Equal(["Generic", "Typeform", "Tally", "JotForm", "Formspree"], FormPresets.Names);
    }
}
