using SheetLeads.Core.Intake;
using SheetLeads.Core.Leads;

namespace SheetLeads.Core.Tests.Intake;

public class ContactFieldsTests
{
    private readonly ContactFields _fields = new(FormIntakeTests.Settings());

    [Fact]
    public void The_first_answer_for_a_field_fills_it()
    {
        _fields.Add("Company", "First Ltd", LeadField.Company);

        Assert.Equal("First Ltd", _fields.Company);
    }

    [Fact]
    public void A_second_different_answer_for_a_filled_field_is_kept_as_a_line()
    {
        _fields.Add("Email", "ann@example.com", LeadField.Email);
        _fields.Add("Work email", "ann@lee-sons.example", LeadField.Email);
        _fields.Add("Phone", "07700 900123", LeadField.Phone);
        _fields.Add("Mobile", "07700 900456", LeadField.Phone);

        Assert.Equal("ann@example.com", _fields.Email?.Value);
        Assert.Equal("+447700900123", _fields.Phone?.Text);
        Assert.Equal("Work email: ann@lee-sons.example\nMobile: 07700 900456", _fields.MessageText());
    }

    [Fact]
    public void The_same_answer_given_twice_adds_no_line()
    {
        _fields.Add("Email", "ann@example.com", LeadField.Email);
        _fields.Add("Confirm email", "ANN@example.com", LeadField.Email);
        _fields.Add("Phone", "07700 900123", LeadField.Phone);
        _fields.Add("Phone again", "+44 7700 900123", LeadField.Phone);

        Assert.Equal("", _fields.MessageText());
    }

    [Fact]
    public void Empty_answers_are_ignored()
    {
        _fields.Add("Postcode", "   ", null);
        _fields.Add("Name", null, LeadField.Name);

        Assert.Equal("", _fields.MessageText());
        Assert.Null(_fields.FullName);
        Assert.Equal(0, _fields.Recognised);
    }

    [Fact]
    public void Several_message_answers_are_kept_as_paragraphs_before_the_other_lines()
    {
        _fields.Add("Budget", "£2,000", null);
        _fields.Add("Message", "Boiler is leaking.", LeadField.Message);
        _fields.Add("Details", "Since Monday.", LeadField.Message);

        Assert.Equal("Boiler is leaking.\n\nSince Monday.\n\nBudget: £2,000", _fields.MessageText());
    }

    [Fact]
    public void An_address_written_with_a_display_name_gives_the_name_when_none_was_typed()
    {
        _fields.Add("Email", "Ann Lee <ann@example.com>", LeadField.Email);

        Assert.Equal("Ann Lee", _fields.FullName);
        Assert.Equal("ann@example.com", _fields.Email?.Value);
    }

    [Fact]
    public void A_typed_name_beats_the_display_name_of_an_address_given_first()
    {
        _fields.Add("Email", "A. Lee <ann@example.com>", LeadField.Email);
        _fields.Add("Name", "Ann Lee", LeadField.Name);

        Assert.Equal("Ann Lee", _fields.FullName);
    }

    [Fact]
    public void Typed_first_and_last_names_beat_a_name_from_the_mail_headers()
    {
        _fields.Add("First name", "Ann", LeadField.FirstName);
        _fields.Add("Last name", "Lee", LeadField.LastName);
        _fields.Fallback("Webmaster", null);

        Assert.Equal("Ann Lee", _fields.FullName);
    }

    [Fact]
    public void Headers_fill_only_what_no_answer_gave()
    {
        Assert.True(EmailAddress.TryParse("from@example.com", out var from));
        _fields.Add("Email", "typed@example.com", LeadField.Email);
        _fields.Fallback("Header Name", from);

        Assert.Equal("typed@example.com", _fields.Email?.Value);
        Assert.Equal("Header Name", _fields.FullName);
    }

    [Fact]
    public void Name_parts_that_say_more_than_the_typed_full_name_are_kept_as_lines()
    {
        _fields.Add("Full name", "Ann Lee", LeadField.Name);
        _fields.Add("First name", "Ann", LeadField.FirstName);
        _fields.Add("Maiden name", "Brook", LeadField.LastName);

        Assert.Equal("Ann Lee", _fields.FullName);
        Assert.Equal("Maiden name: Brook", _fields.MessageText());
    }

    [Fact]
    public void Answers_with_a_lead_field_label_are_counted_as_recognised_and_others_are_not()
    {
        _fields.Add("Name", "Ann Lee", LeadField.Name);
        _fields.Add("Email", "not an address", LeadField.Email);
        _fields.Add("Postcode", "SE15", null);
        _fields.Add("Message", "Hello", LeadField.Message);

        Assert.Equal(2, _fields.Recognised);
    }

    [Fact]
    public void A_display_name_that_is_only_the_address_gives_no_name()
    {
        Assert.True(EmailAddress.TryParse("john.smith@gmail.com", out var address));

        _fields.Fallback("john.smith@gmail.com", address);

        Assert.Null(_fields.FullName);
        Assert.Equal("john.smith@gmail.com", _fields.Email?.Value);
    }
}
