using SheetLeads.Core.Intake;

namespace SheetLeads.Core.Tests.Intake;

public sealed class ThreadIdsTests
{
    [Fact]
    public void Thread_ids_run_oldest_first_with_the_direct_parent_last()
    {
        var mail = new MailMessage
        {
            RawDigest = new string('a', 64),
            HasHeaders = true,
            MessageId = "reply@example.com",
            From = new MailAddress("Daniel Okafor", "daniel@example.com"),
            Headers = [new MailHeader("From", "Daniel Okafor <daniel@example.com>")],
            DeliveredAt = Support.Some.Now,
            InReplyTo = ["parent@example.com"],
            References = ["root@example.com", "parent@example.com", "middle@example.com"],
            TextBody = "Thursday morning works.",
        };

        var enquiry = Assert.IsType<Core.Leads.Enquiry>(MailIntake.Take(new ChannelInfo("mail", "Email"), new MailItem(mail, "x.eml"), Support.Some.Intake, Support.Some.Now));

        Assert.Equal(["root@example.com", "middle@example.com", "parent@example.com"], enquiry.ThreadIds);
    }
}
