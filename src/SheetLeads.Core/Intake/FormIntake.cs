using System.Security.Cryptography;
using System.Text;
using SheetLeads.Core.Leads;
using SheetLeads.Core.Normalisation;

namespace SheetLeads.Core.Intake;

/// <summary>Turns a form submission into an enquiry: labels to fields, the rest into Message (SPEC §1).</summary>
public static class FormIntake
{
    /// <summary>The enquiry of a submission.</summary>
    /// <param name="channel">The channel it came from.</param>
    /// <param name="item">The submission.</param>
    /// <param name="settings">The business's intake settings.</param>
    /// <param name="now">This cycle's clock reading, the Received of a submission that carries no time.</param>
    public static Enquiry Take(ChannelInfo channel, FormItem item, IntakeSettings settings, DateTimeOffset now)
    {
        var submission = item.Submission;
        var fields = new ContactFields(settings);
        foreach (var answer in submission.Fields)
            fields.Add(answer.Label, answer.Value, answer.Hint ?? settings.Labels.Match(answer.Label));
        return new Enquiry(
            new Reference(channel.Name, submission.Id), item.Origin, channel.Source,
            ReceivedOf(submission.SubmittedAt, settings.Time, now),
            fields.FullName, fields.Email, fields.Phone, fields.Company,
            MessageCleaner.Cap(MessageCleaner.Tidy(MessageCleaner.Normalise(fields.MessageText())), settings.MessageLimit),
            Subject: null, ThreadIds: []);
    }

    /// <summary>A skip for input that could not be read at all.</summary>
    public static Skip Unreadable(ChannelInfo channel, UnreadableItem item) =>
        new(new Reference(channel.Name, item.ExternalId), item.Origin, SkipReason.Unparseable, item.Problem);

    /// <summary>A stable id for unreadable bytes: <c>sha256:</c> and the first 32 hex digits.</summary>
    public static string DigestId(ReadOnlySpan<byte> bytes) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..32];

    /// <summary>A stable id for unreadable text.</summary>
    public static string DigestId(string text) => DigestId(Encoding.UTF8.GetBytes(text));

    private static DateTimeOffset ReceivedOf(FormTimestamp? at, BusinessTime time, DateTimeOffset now) => at switch
    {
        null => now,
        { Offset: { } offset } t => new DateTimeOffset(DateTime.SpecifyKind(t.Value, DateTimeKind.Unspecified), offset).ToUniversalTime(),
        { } t => time.ToInstant(t.Value),
    };
}
