using BenchmarkDotNet.Attributes;
using SheetLeads.Core.Intake;
using SheetLeads.Core.Leads;

namespace SheetLeads.Benchmarks.Core;

/// <summary>
/// Taking in one enquiry mail: deciding it is not spam, a bounce, an auto-reply or the business's own mail, and
/// reading who wrote it (name, e-mail, phone) and what they asked from a plain-text mail, an HTML-only mail and a
/// website's form notification.
/// </summary>
[MemoryDiagnoser]
public class MailIntakeBenchmarks
{
    private readonly ChannelInfo _channel = SampleBusiness.Channels[0];
    private MailItem _plain = null!;
    private MailItem _html = null!;
    private MailItem _form = null!;

    /// <summary>Builds the mails as the mail reader hands them over, and checks each is taken as an enquiry.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _plain = new MailItem(SampleMails.PlainText(), "INBOX/48213");
        _html = new MailItem(SampleMails.Html(), "INBOX/48214");
        _form = new MailItem(SampleMails.FormNotification(), "INBOX/48215");
        foreach (var mail in new[] { _plain, _html, _form })
            if (Take(mail) is not Enquiry { Name: not null, Email: not null, Message.Length: > 0 })
                throw new InvalidOperationException($"{mail.Message.Subject} is not taken in as an enquiry with a name, e-mail and message: {Take(mail)}");
    }

    /// <summary>A plain-text mail from a customer.</summary>
    [Benchmark(Baseline = true)]
    public TakenItem PlainTextMail() => Take(_plain);

    /// <summary>An HTML-only mail from a customer.</summary>
    [Benchmark]
    public TakenItem HtmlMail() => Take(_html);

    /// <summary>A website form's notification mail.</summary>
    [Benchmark]
    public TakenItem FormNotificationMail() => Take(_form);

    private TakenItem Take(MailItem mail) => EnquiryIntake.Take(_channel, mail, SampleBusiness.Intake, SampleBusiness.Now);
}
