using SheetLeads.Worker.Options;
using static Microsoft.Extensions.Options.Options;

namespace SheetLeads.Worker.Tests.Options;

/// <summary>SPEC §10 <c>Notifications</c>: what sending needs, and never to a mailbox a channel reads (SPEC §7).</summary>
public sealed class NotificationsValidationTests
{
    private static readonly ChannelsOptions Mailbox = new()
    {
        Items = [new ChannelOptions { Name = "enquiries", Kind = "Imap", Username = "Enquiries@Brightpath.example" }],
    };

    private static IEnumerable<string> Failures(NotificationsOptions notifications, TeamOptions? team = null) =>
        new NotificationsOptionsValidator(Create(team ?? new TeamOptions()), Create(Mailbox)).Validate(null, notifications).Failures ?? [];

    [Fact]
    public void Sending_needs_a_server_and_a_sender_and_refuses_a_clear_text_server_elsewhere()
    {
        var failures = Failures(new NotificationsOptions { Enabled = true, Smtp = new SmtpOptions { Host = "smtp.example.com", Security = "None", Username = "me" } });

        Assert.Equal(
        [
            "SheetLeads:Notifications:From must be set when SheetLeads:Notifications:Enabled is true: the address the mails come from, e.g. sheetleads@example.com.",
            "SheetLeads:Notifications:Smtp:Security None sends mail and password in clear, so it is only allowed for a server on this machine (localhost, 127.0.0.1); use StartTls or Tls for 'smtp.example.com'.",
            "SheetLeads:Notifications:Smtp:Password must be set with SheetLeads:Notifications:Smtp:Username (better: SheetLeads:Notifications:Smtp:Password_FILE naming a file that holds it).",
        ], failures);
    }

    [Fact]
    public void A_manager_or_member_address_that_a_mailbox_channel_reads_is_refused_naming_the_key_and_the_channel()
    {
        var team = new TeamOptions
        {
            Manager = "enquiries@brightpath.example",
            Members = [new TeamMemberOptions { Name = "Alice Hart", Email = "alice@brightpath.example" }, new TeamMemberOptions { Name = "Desk", Email = "ENQUIRIES@brightpath.example" }],
        };

        var failures = Failures(new NotificationsOptions { Enabled = true, From = "sheetleads@brightpath.example", Smtp = new SmtpOptions { Host = "smtp.example.com" } }, team);

        Assert.Equal(
        [
            "SheetLeads:Team:Manager is enquiries@brightpath.example, the mailbox channel 'enquiries' reads: mails sent there would come back into it. Use another address.",
            "SheetLeads:Team:Members:1:Email is ENQUIRIES@brightpath.example, the mailbox channel 'enquiries' reads: mails sent there would come back into it. Use another address.",
        ], failures);
    }

    [Fact]
    public void While_sending_is_off_only_the_sender_and_the_digest_time_are_checked()
    {
        var team = new TeamOptions { Manager = "enquiries@brightpath.example" };

        Assert.Empty(Failures(new NotificationsOptions { From = "sheetleads@brightpath.example" }, team));
        Assert.Equal(["SheetLeads:Notifications:DigestAt must be a time such as 08:00; it is '8am'."], Failures(new NotificationsOptions { DigestAt = "8am" }));
    }
}
