using SheetLeads.Core.Intake;
using SheetLeads.Core.Leads;
using SheetLeads.Core.Normalisation;

namespace SheetLeads.Core.Tests.Intake;

public class FormIntakeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
    private static readonly ChannelInfo Channel = new("site", "Website form");

    [Fact]
    public void A_submission_is_an_enquiry_referenced_by_channel_and_id_with_the_channel_source()
    {
        var enquiry = Take(Submission("sub-9", Field("Name", "Ann Lee")), origin: "sub-9.json#sub-9");

        Assert.Equal(new Reference("site", "sub-9"), enquiry.Reference);
        Assert.Equal("Website form", enquiry.Source);
        Assert.Equal("sub-9.json#sub-9", enquiry.Origin);
        Assert.Null(enquiry.Subject);
        Assert.Empty(enquiry.ThreadIds);
    }

    [Fact]
    public void Labels_map_to_lead_fields_through_the_label_lists()
    {
        var enquiry = Take(Submission("1",
            Field("Your name", "ann lee"), Field("E-mail address", "Ann.Lee@Example.com"), Field("Mobile", "07700 900123"),
            Field("Organisation", "Lee & Sons"), Field("How can we help?", "New boiler please.")));

        Assert.Equal("Ann Lee", enquiry.Name);
        Assert.Equal("ann.lee@example.com", enquiry.Email?.Value);
        Assert.Equal(new PhoneNumber("+447700900123", true), enquiry.Phone);
        Assert.Equal("Lee & Sons", enquiry.Company);
        Assert.Equal("New boiler please.", enquiry.Message);
    }

    [Fact]
    public void A_hint_from_the_form_service_beats_the_label()
    {
        var enquiry = Take(Submission("1",
            new FormField("Message", "ann@example.com", LeadField.Email),
            new FormField("contact", "07700 900123", LeadField.Phone)));

        Assert.Equal("ann@example.com", enquiry.Email?.Value);
        Assert.Equal("+447700900123", enquiry.Phone?.Text);
        Assert.Equal("", enquiry.Message);
    }

    [Fact]
    public void Answers_no_field_takes_become_label_value_lines_after_the_message()
    {
        var enquiry = Take(Submission("1",
            Field("Postcode", "SE15 4QL"), Field("Message", "Leaking tap."), Field("How did you hear about us?", "Google")));

        Assert.Equal("Leaking tap.\n\nPostcode: SE15 4QL\nHow did you hear about us?: Google", enquiry.Message);
    }

    [Fact]
    public void A_label_ending_in_a_colon_gets_one_colon_in_its_line()
    {
        var enquiry = Take(Submission("1", Field("Postcode:", "SE15 4QL")));

        Assert.Equal("Postcode: SE15 4QL", enquiry.Message);
    }

    [Fact]
    public void An_email_answer_that_is_not_an_address_is_kept_as_a_line()
    {
        var enquiry = Take(Submission("1", Field("Email", "ann at example dot com"), Field("Message", "Hi")));

        Assert.Null(enquiry.Email);
        Assert.Equal("Hi\n\nEmail: ann at example dot com", enquiry.Message);
    }

    [Fact]
    public void First_and_last_names_are_joined_into_the_name()
    {
        var enquiry = Take(Submission("1", Field("First name", "ANN"), Field("Surname", "LEE")));

        Assert.Equal("Ann Lee", enquiry.Name);
    }

    [Fact]
    public void Literal_formula_like_text_is_kept_exactly_as_typed()
    {
        var enquiry = Take(Submission("1", Field("Company", "=HYPERLINK(\"http://x\")"), Field("Message", "-1")));

        Assert.Equal("=HYPERLINK(\"http://x\")", enquiry.Company);
        Assert.Equal("-1", enquiry.Message);
    }

    [Fact]
    public void A_phone_libphonenumber_cannot_parse_is_kept_as_typed()
    {
        var enquiry = Take(Submission("1", Field("Phone", "07700 900666 / 0161 496 0754")));

        Assert.Equal(new PhoneNumber("07700 900666 / 0161 496 0754", false), enquiry.Phone);
    }

    [Fact]
    public void A_long_message_is_capped_at_the_limit()
    {
        var enquiry = Take(Submission("1", Field("Message", new string('a', 50))), settings: Settings(limit: 20));

        Assert.Equal(20, enquiry.Message.Length);
        Assert.EndsWith("…", enquiry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_time_with_an_offset_is_that_instant()
    {
        var enquiry = Take(Submission("1", at: new FormTimestamp(new DateTime(2026, 7, 1, 12, 0, 0), TimeSpan.FromHours(3))));

        Assert.Equal(new DateTimeOffset(2026, 7, 1, 9, 0, 0, TimeSpan.Zero), enquiry.Received);
    }

    [Fact]
    public void A_time_without_a_zone_is_read_in_the_business_time_zone()
    {
        var enquiry = Take(Submission("1", at: new FormTimestamp(new DateTime(2026, 7, 1, 10, 0, 0), null)));

        Assert.Equal(new DateTimeOffset(2026, 7, 1, 9, 0, 0, TimeSpan.Zero), enquiry.Received);
    }

    [Fact]
    public void A_time_without_a_zone_repeated_by_the_autumn_change_is_the_earlier_instant()
    {
        var enquiry = Take(Submission("1", at: new FormTimestamp(new DateTime(2026, 10, 25, 1, 30, 0), null)));

        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), enquiry.Received);
    }

    [Fact]
    public void A_time_without_a_zone_skipped_by_the_spring_change_moves_forward()
    {
        var enquiry = Take(Submission("1", at: new FormTimestamp(new DateTime(2026, 3, 29, 1, 30, 0), null)));

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), enquiry.Received);
        Assert.Equal(new DateTime(2026, 3, 29, 2, 30, 0), Settings().Time.ToLocal(enquiry.Received));
    }

    [Fact]
    public void A_submission_without_a_time_is_received_at_the_cycle_time()
    {
        Assert.Equal(Now, Take(Submission("1", at: null)).Received);
    }

    [Fact]
    public void Unreadable_input_is_an_unparseable_skip_with_its_problem()
    {
        var skip = FormIntake.Unreadable(Channel, new UnreadableItem("sha256:abc", "x.json is not valid JSON", "x.json"));

        Assert.Equal(new Reference("site", "sha256:abc"), skip.Reference);
        Assert.Equal(SkipReason.Unparseable, skip.Reason);
        Assert.Equal("x.json is not valid JSON", skip.Detail);
        Assert.Equal("x.json", skip.Origin);
    }

    [Fact]
    public void The_digest_id_is_sha256_and_the_first_32_hex_digits()
    {
        Assert.Equal("sha256:e3b0c44298fc1c149afbf4c8996fb924", FormIntake.DigestId(""));
    }

    internal static FormField Field(string label, string value) => new(label, value);

    internal static FormSubmission Submission(string id, params FormField[] fields) =>
        new(id, new FormTimestamp(new DateTime(2026, 11, 20, 9, 15, 0), TimeSpan.Zero), null, fields);

    internal static FormSubmission Submission(string id, FormTimestamp? at) => new(id, at, null, [Field("Name", "Ann Lee")]);

    internal static Enquiry Take(FormSubmission submission, IntakeSettings? settings = null, string origin = "file.json") =>
        FormIntake.Take(Channel, new FormItem(submission, origin), settings ?? Settings(), Now);

    internal static IntakeSettings Settings(int limit = MessageCleaner.DefaultLimit) =>
        new(new BusinessTime(FormTestZones.EuropeanSummerTime), new PhoneNormaliser("GB"), ["example.co.uk"], null, FieldLabels.Default, limit);
}
