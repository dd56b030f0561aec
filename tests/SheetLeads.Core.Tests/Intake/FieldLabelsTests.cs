using SheetLeads.Core.Intake;

namespace SheetLeads.Core.Tests.Intake;

public class FieldLabelsTests
{
    [Theory]
    [InlineData("Your name", LeadField.Name)]
    [InlineData("  FULL   NAME:* ", LeadField.Name)]
    [InlineData("Forename", LeadField.FirstName)]
    [InlineData("Surname", LeadField.LastName)]
    [InlineData("E-mail", LeadField.Email)]
    [InlineData("Phone number?", LeadField.Phone)]
    [InlineData("Organisation", LeadField.Company)]
    [InlineData("What do you need help with?", LeadField.Message)]
    public void Labels_match_without_case_surrounding_punctuation_or_extra_spaces(string label, LeadField expected)
    {
        Assert.Equal(expected, FieldLabels.Default.Match(label));
    }

    [Theory]
    [InlineData("name", LeadField.Name)]
    [InlineData("phone_number", LeadField.Phone)]
    [InlineData("phoneNumber", LeadField.Phone)]
    [InlineData("company_name", LeadField.Company)]
    [InlineData("first_name", LeadField.FirstName)]
    [InlineData("lastName", LeadField.LastName)]
    [InlineData("full_name", LeadField.Name)]
    public void Field_keys_of_form_services_match_as_words(string key, LeadField expected)
    {
        Assert.Equal(expected, FieldLabels.Default.Match(key));
    }

    [Theory]
    [InlineData("Postcode")]
    [InlineData("job_type")]
    [InlineData("How did you hear about us?")]
    [InlineData("")]
    [InlineData(null)]
    public void A_label_no_list_names_matches_nothing(string? label)
    {
        Assert.Null(FieldLabels.Default.Match(label));
    }

    [Fact]
    public void Configured_lists_replace_the_built_in_names()
    {
        var labels = new FieldLabels(new Dictionary<LeadField, IReadOnlyList<string>> { [LeadField.Phone] = ["Handy"] });

        Assert.Equal(LeadField.Phone, labels.Match("handy"));
        Assert.Null(labels.Match("Phone"));
    }

    [Fact]
    public void A_label_listed_under_two_fields_belongs_to_the_first_in_enum_order()
    {
        var labels = new FieldLabels(new Dictionary<LeadField, IReadOnlyList<string>>
        {
            [LeadField.Message] = ["Contact"],
            [LeadField.Email] = ["Contact"],
        });

        Assert.Equal(LeadField.Email, labels.Match("Contact"));
    }

    [Theory]
    [InlineData("phone_number", "phone number")]
    [InlineData("companyName", "company Name")]
    [InlineData("E-Mail", "E-Mail")]
    [InlineData("ABC", "ABC")]
    [InlineData(" Your  name: ", "Your name")]
    public void Clean_reduces_a_label_to_what_is_compared(string label, string expected)
    {
        Assert.Equal(expected, FieldLabels.Clean(label));
    }
}
