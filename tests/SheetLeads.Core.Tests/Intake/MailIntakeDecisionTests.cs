using SheetLeads.Core.Intake;
using SheetLeads.Core.Leads;
using static SheetLeads.Core.Tests.Intake.MailSamples;

namespace SheetLeads.Core.Tests.Intake;

public class MailIntakeDecisionTests
{
    [Fact]
    public void A_customers_mail_is_an_enquiry_from_its_sender_with_the_channel_source_and_message_id_reference()
    {
        var enquiry = Assert.IsType<Enquiry>(Take(Mail(from: "sophie turner <Sophie.Turner@Gmail.com>")));

        Assert.Equal(new Reference("mail", "CAF1x2y3z@mail.gmail.com"), enquiry.Reference);
        Assert.Equal("Email", enquiry.Source);
        Assert.Equal("inbox/1.eml", enquiry.Origin);
        Assert.Equal("Sophie Turner", enquiry.Name);
        Assert.Equal("sophie.turner@gmail.com", enquiry.Email?.Value);
        Assert.Null(enquiry.Phone);
        Assert.Equal("Hello, two radiators upstairs stay cold. Can you come and look?", enquiry.Message);
        Assert.Equal("Radiators not heating", enquiry.Subject);
    }

    [Fact]
    public void A_mail_without_a_message_id_is_referenced_by_the_first_32_hex_digits_of_its_raw_digest()
    {
        var reference = MailIntake.ReferenceOf("mail", Mail(messageId: null));

        Assert.Equal(new Reference("mail", "sha256:9f86d081884c7d659a2feaa0c55ad015"), reference);
    }

    [Theory]
    [InlineData("<abc@example.com>", "abc@example.com")]
    [InlineData("  abc@example.com ", "abc@example.com")]
    public void A_message_id_is_used_without_angle_brackets_or_spaces(string id, string expected)
    {
        Assert.Equal(new Reference("mail", expected), MailIntake.ReferenceOf("mail", Mail(messageId: id)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("<>")]
    [InlineData("two words@example.com")]
    [InlineData("<@brightpath.co.uk>")]
    [InlineData("@brightpath.co.uk")]
    [InlineData("abc@")]
    public void An_unusable_message_id_falls_back_to_the_digest(string id)
    {
        Assert.StartsWith("sha256:", MailIntake.ReferenceOf("mail", Mail(messageId: id)).ExternalId, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_different_mails_from_a_generator_that_fills_in_no_unique_id_are_not_taken_for_duplicates()
    {
        var first = Mail(messageId: "@brightpath.co.uk");
        var second = first with { RawDigest = "0be2b1a6a6b9e2f1c0d3e4f5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f" };

        Assert.NotEqual(MailIntake.ReferenceOf("mail", first), MailIntake.ReferenceOf("mail", second));
    }

    [Fact]
    public void A_skip_keeps_the_mails_reference_and_origin()
    {
        var skip = Assert.IsType<Skip>(Take(Mail(headers: ("X-Spam-Flag", "YES"))));

        Assert.Equal(new Reference("mail", "CAF1x2y3z@mail.gmail.com"), skip.Reference);
        Assert.Equal("inbox/1.eml", skip.Origin);
        Assert.Equal(SkipReason.Spam, skip.Reason);
    }

    [Fact]
    public void Unparseable_input_is_a_skip_referenced_by_its_digest()
    {
        var mail = new MailMessage { RawDigest = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", HasHeaders = false, Problem = "empty file", DeliveredAt = Delivered };

        var skip = Assert.IsType<Skip>(Take(mail));

        Assert.Equal(SkipReason.Unparseable, skip.Reason);
        Assert.Equal("sha256:e3b0c44298fc1c149afbf4c8996fb924", skip.Reference.ExternalId);
        Assert.Equal("empty file", skip.Detail);
    }

    [Fact]
    public void Reply_to_outside_the_own_domains_beats_from()
    {
        var mail = Mail(from: "Kate Moss <kate@moss-lettings.co.uk>", replyTo: ["Accounts <accounts@moss-lettings.co.uk>"]);

        var enquiry = Assert.IsType<Enquiry>(Take(mail));

        Assert.Equal("accounts@moss-lettings.co.uk", enquiry.Email?.Value);
        Assert.Equal("Accounts", enquiry.Name);
    }

    [Fact]
    public void A_reply_to_without_a_name_that_repeats_from_keeps_froms_name()
    {
        var mail = Mail(from: "Kate Moss <kate@moss-lettings.co.uk>", replyTo: ["KATE@moss-lettings.co.uk"]);

        var enquiry = Assert.IsType<Enquiry>(Take(mail));

        Assert.Equal("Kate Moss", enquiry.Name);
    }

    [Theory]
    [InlineData("\"kate@moss-lettings.co.uk\" <kate@moss-lettings.co.uk>")]
    [InlineData("\"someone@else.example\" <kate@moss-lettings.co.uk>")]
    public void A_display_name_that_is_an_address_is_no_name(string from)
    {
        var enquiry = Assert.IsType<Enquiry>(Take(Mail(from: from)));

        Assert.Null(enquiry.Name);
        Assert.Equal("kate@moss-lettings.co.uk", enquiry.Email?.Value);
    }

    [Fact]
    public void A_reply_to_in_the_own_domain_is_ignored_and_from_is_the_customer()
    {
        var mail = Mail(from: "Kate Moss <kate@moss-lettings.co.uk>", replyTo: ["enquiries@brightpath.co.uk"]);

        var enquiry = Assert.IsType<Enquiry>(Take(mail));

        Assert.Equal("kate@moss-lettings.co.uk", enquiry.Email?.Value);
    }

    [Fact]
    public void An_internal_mail_from_the_own_domain_is_skipped_own_domain()
    {
        var skip = Assert.IsType<Skip>(Take(Mail(from: "Bob Singh <bob@brightpath.co.uk>", text: "Van is booked in for Tuesday.")));

        Assert.Equal(SkipReason.OwnDomain, skip.Reason);
    }

    [Fact]
    public void A_mail_from_a_subdomain_of_the_own_domain_is_own_domain()
    {
        var skip = Assert.IsType<Skip>(Take(Mail(from: "alerts@mail.brightpath.co.uk")));

        Assert.Equal(SkipReason.OwnDomain, skip.Reason);
    }

    [Fact]
    public void A_team_members_reply_inside_a_known_customer_thread_is_skipped_own_domain()
    {
        var mail = Mail(from: "Chloe Adams <chloe@brightpath.co.uk>", subject: "Re: Leaking shower",
            text: "Hi Mark, we can come on Thursday at 10.\n\nOn Mon, 23 Nov 2026 at 09:12, Mark Lee <mark@example.com> wrote:\n> The shower leaks.",
            inReplyTo: ["CAMark123@mail.gmail.com"], references: ["CAMark123@mail.gmail.com"]);

        var skip = Assert.IsType<Skip>(Take(mail));

        Assert.Equal(SkipReason.OwnDomain, skip.Reason);
    }

    [Fact]
    public void A_customers_reply_carries_its_thread_oldest_first_with_the_parent_last_and_once_each()
    {
        var mail = Mail(subject: "Re: Your quote", inReplyTo: ["b@x.com"], references: ["a@x.com", "b@x.com"]);

        var enquiry = Assert.IsType<Enquiry>(Take(mail));

        Assert.Equal(["a@x.com", "b@x.com"], enquiry.ThreadIds);
    }

    [Fact]
    public void Only_an_explicit_phone_line_gives_a_phone_never_a_number_in_the_signature()
    {
        var withLine = Mail(text: "Please call me back about a new boiler.\nPhone: 07700 900123\n\nThanks");
        var inSignature = Mail(text: "Please call me back about a new boiler.\n\nSophie\n07700 900123");

        Assert.Equal("+447700900123", Assert.IsType<Enquiry>(Take(withLine)).Phone?.Text);
        Assert.Null(Assert.IsType<Enquiry>(Take(inSignature)).Phone);
    }

    [Fact]
    public void The_message_is_cleaned_of_quotes_and_signature()
    {
        var mail = Mail(text: "Yes please book it.\n\n-- \nSophie Turner\n07700 900123\n\nOn Mon, 23 Nov 2026, Bob wrote:\n> quote");

        Assert.Equal("Yes please book it.", Assert.IsType<Enquiry>(Take(mail)).Message);
    }

    [Fact]
    public void A_mail_with_an_empty_body_keeps_its_subject_as_the_message()
    {
        var enquiry = Assert.IsType<Enquiry>(Take(Mail(subject: "  Call me about a leak  ", text: "")));

        Assert.Equal("Call me about a leak", enquiry.Message);
    }

    [Fact]
    public void An_html_only_mail_is_read_as_text()
    {
        var mail = Mail(text: null, html: "<html><head><style>p{}</style></head><body><p>Rooms 3 &amp; 4 need new radiators.</p><p>Rachel</p></body></html>");

        Assert.Equal("Rooms 3 & 4 need new radiators.\n\nRachel", Assert.IsType<Enquiry>(Take(mail)).Message);
    }

    [Fact]
    public void The_message_is_capped_to_the_configured_limit()
    {
        var enquiry = Assert.IsType<Enquiry>(Take(Mail(text: new string('x', 500)), Settings(limit: 100)));

        Assert.Equal(100, enquiry.Message.Length);
        Assert.EndsWith("…", enquiry.Message, StringComparison.Ordinal);
    }

    // SPEC §10 Received.

    [Fact]
    public void A_plausible_date_header_is_the_received_time_in_utc()
    {
        var date = new DateTimeOffset(2026, 11, 23, 11, 0, 0, TimeSpan.FromHours(1));

        var enquiry = Assert.IsType<Enquiry>(Take(Mail(date: date)));

        Assert.Equal(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero), enquiry.Received);
        Assert.Equal(TimeSpan.Zero, enquiry.Received.Offset);
    }

    [Fact]
    public void A_date_in_the_future_gives_way_to_the_delivery_time()
    {
        var mail = Mail(date: Now.AddMinutes(5));

        Assert.Equal(Delivered, MailIntake.ReceivedOf(mail, Now));
    }

    [Fact]
    public void A_date_more_than_a_day_before_the_oldest_received_hop_gives_way_to_the_delivery_time()
    {
        var hops = new[] { new DateTimeOffset(2026, 11, 23, 10, 0, 20, TimeSpan.Zero), new DateTimeOffset(2026, 11, 23, 10, 0, 5, TimeSpan.Zero) };
        var mail = Mail(date: new DateTimeOffset(2026, 11, 22, 10, 0, 4, TimeSpan.Zero), received: hops);

        Assert.Equal(Delivered, MailIntake.ReceivedOf(mail, Now));
    }

    [Fact]
    public void A_date_less_than_a_day_before_the_oldest_hop_is_believed()
    {
        var hops = new[] { new DateTimeOffset(2026, 11, 23, 10, 0, 20, TimeSpan.Zero), new DateTimeOffset(2026, 11, 23, 10, 0, 5, TimeSpan.Zero) };
        var date = new DateTimeOffset(2026, 11, 22, 10, 0, 6, TimeSpan.Zero);

        Assert.Equal(date, MailIntake.ReceivedOf(Mail(date: date, received: hops), Now));
    }

    [Fact]
    public void A_date_with_no_received_hops_is_believed_when_not_in_the_future()
    {
        var date = new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);

        Assert.Equal(date, MailIntake.ReceivedOf(Mail(date: date, received: []), Now));
    }

    [Fact]
    public void A_mail_without_a_date_is_received_at_its_delivery_time()
    {
        var mail = Mail() with { Date = null };

        Assert.Equal(Delivered, Assert.IsType<Enquiry>(Take(mail)).Received);
    }

    [Fact]
    public void The_delivery_time_is_given_in_utc()
    {
        var mail = Mail(date: Now.AddDays(1)) with { DeliveredAt = new DateTimeOffset(2026, 11, 23, 13, 0, 30, TimeSpan.FromHours(3)) };

        var received = MailIntake.ReceivedOf(mail, Now);

        Assert.Equal(new DateTimeOffset(2026, 11, 23, 10, 0, 30, TimeSpan.Zero), received);
        Assert.Equal(TimeSpan.Zero, received.Offset);
    }
}
