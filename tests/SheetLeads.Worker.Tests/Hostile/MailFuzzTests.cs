using SheetLeads.Core.Intake;
using SheetLeads.Core.Leads;
using SheetLeads.Worker.Mail;
using SheetLeads.Worker.Tests.Mail;

namespace SheetLeads.Worker.Tests.Hostile;

/// <summary>
/// Issue 8 item 3, SPEC §1: every damaged mail ends as a lead or a recorded skip — no exception, no hang (each case has
/// a few seconds), and no allocation explosion. The inputs are the mail fixtures, damaged at random from a fixed seed.
/// </summary>
public sealed class MailFuzzTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Every_damaged_mail_is_an_enquiry_or_a_recorded_skip_without_a_crash_or_a_hang()
    {
        var fixtures = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "mail"), "*.eml").Order(StringComparer.Ordinal).ToArray();
        var random = new Random(Mutations.Seed);
        var settings = MailFixtures.Settings();
        var channel = new ChannelInfo("mail", "Email");
        var outcomes = new Dictionary<string, int>();
        for (var i = 0; i < Mutations.Cases(ci: 300); i++)
        {
            var name = Path.GetFileName(fixtures[random.Next(fixtures.Length)]);
            var raw = Mutations.Damage(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "mail", name)), random);
            TakenItem taken;
            try
            {
                taken = await Task.Run(() => MailIntake.Take(channel, new MailItem(MimeMailReader.Read(raw, MailFixtures.DeliveredAt), name), settings, MailFixtures.Now))
                    .WaitAsync(HangGuard);
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException(Mutations.Replay($"{name} ({raw.Length} bytes) failed: {e.GetType().Name} {e.Message}", i));
            }
            var kind = taken switch
            {
                Enquiry => "enquiry",
                Skip skip => skip.Reason.ToText(),
                _ => throw new Xunit.Sdk.XunitException(Mutations.Replay($"{name} became {taken.GetType().Name}", i)),
            };
            outcomes[kind] = outcomes.GetValueOrDefault(kind) + 1;
            Assert.True(taken.Reference.ToString().Length > 0, Mutations.Replay(name, i));
        }
        Assert.True(outcomes.GetValueOrDefault("enquiry") > 0, string.Join(", ", outcomes));
    }

    [Fact]
    public async Task A_line_of_a_hundred_thousand_spaces_does_not_stall_the_phone_line_search()
    {
        var raw = System.Text.Encoding.ASCII.GetBytes(
            "From: Ann Lee <ann@example.com>\r\nSubject: Boiler\r\nMessage-ID: <spaces@example.com>\r\n\r\nThe boiler is off.\r\n" +
            new string(' ', 100_000) + "\r\nPhone: 07700 900123\r\n");

        var taken = await Task.Run(() => MailIntake.Take(new ChannelInfo("mail", "Email"), new MailItem(MimeMailReader.Read(raw, MailFixtures.DeliveredAt), "spaces.eml"),
            MailFixtures.Settings(), MailFixtures.Now)).WaitAsync(HangGuard);

        Assert.Equal("+447700900123", Assert.IsType<Enquiry>(taken).Phone?.Text);
    }

    [Fact]
    public async Task A_forwarded_From_line_of_a_hundred_thousand_letters_does_not_stall_the_address_search()
    {
        var raw = System.Text.Encoding.ASCII.GetBytes(
            "From: Chloe Adams <chloe@oakleaf-plumbing.co.uk>\r\nSubject: Fwd: Leak\r\nMessage-ID: <long-from@example.com>\r\n\r\n" +
            "---------- Forwarded message ---------\r\nFrom: Margaret " + new string('a', 100_000) + " <margaret@example.co.uk>\r\n" +
            "Subject: Leak\r\n\r\nThe sink leaks.\r\n");

        var taken = await Task.Run(() => MailIntake.Take(new ChannelInfo("mail", "Email"), new MailItem(MimeMailReader.Read(raw, MailFixtures.DeliveredAt), "long-from.eml"),
            MailFixtures.Settings(), MailFixtures.Now)).WaitAsync(HangGuard);

        Assert.True(taken is Enquiry or Skip);
    }

    [Theory]
    [InlineData(10 * 1024 * 1024)]
    [InlineData(20 * 1024 * 1024)]
    public void A_huge_body_or_a_highly_compressible_attachment_is_read_with_bounded_memory(int size)
    {
        var body = new string('0', size);
        var raw = System.Text.Encoding.ASCII.GetBytes(
            "From: Big Sender <big@example.com>\r\nTo: enquiries@oakleaf-plumbing.co.uk\r\nSubject: Big\r\nMessage-ID: <big@example.com>\r\n" +
            "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n" + body[..(size / 2)] +
            "\r\n--b\r\nContent-Type: application/zip\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
            Convert.ToBase64String(new byte[size / 2], Base64FormattingOptions.InsertLineBreaks) + "\r\n--b--\r\n");
        var before = GC.GetTotalAllocatedBytes(precise: true);

        var taken = MailIntake.Take(new ChannelInfo("mail", "Email"), new MailItem(MimeMailReader.Read(raw, MailFixtures.DeliveredAt), "big.eml"), MailFixtures.Settings(), MailFixtures.Now);

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        var enquiry = Assert.IsType<Enquiry>(taken);
        Assert.True(enquiry.Message.Length <= 2_000, $"message of {enquiry.Message.Length} chars");
        Assert.True(allocated < 20L * raw.Length, $"{allocated / 1024 / 1024} MB allocated for a {raw.Length / 1024 / 1024} MB mail");
    }
}
