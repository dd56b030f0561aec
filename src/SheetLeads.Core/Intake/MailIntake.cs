using System.Text.RegularExpressions;
using SheetLeads.Core.Leads;
using SheetLeads.Core.Normalisation;

namespace SheetLeads.Core.Intake;

/// <summary>
/// Decides what a mail is and, for an enquiry, who it is from and what it says — SPEC §1's decision order:
/// triage (<see cref="MailTriage"/>), website-form notifications, forwards, the own domains, then the sender.
/// </summary>
public static partial class MailIntake
{
    private static readonly TimeSpan HopTolerance = TimeSpan.FromDays(1);

    /// <summary>The reference of a mail: its Message-ID, or <c>sha256:</c> and the first 32 hex digits of the raw message.</summary>
    public static Reference ReferenceOf(string channel, MailMessage mail) =>
        new(channel, UsableMessageId(mail.MessageId) ?? "sha256:" + mail.RawDigest[..Math.Min(32, mail.RawDigest.Length)]);

    /// <summary>Turns a mail into an enquiry or a skip.</summary>
    /// <param name="channel">The channel it came from.</param>
    /// <param name="item">The mail.</param>
    /// <param name="settings">The business's intake settings.</param>
    /// <param name="now">This cycle's clock reading (a Date header in the future is not believed).</param>
    public static TakenItem Take(ChannelInfo channel, MailItem item, IntakeSettings settings, DateTimeOffset now)
    {
        var mail = item.Message;
        var reference = ReferenceOf(channel.Name, mail);
        if (MailTriage.Classify(mail, settings) is { } skip)
            return new Skip(reference, item.Origin, skip.Reason, skip.Detail);

        var body = MessageCleaner.Normalise(mail.BodyText());
        var from = MailTriage.AddressOf(mail.From) ?? MailTriage.AddressOf(mail.Sender);
        var fields = new ContactFields(settings);
        string message;

        var forward = ForwardedBlock.Find(body, mail.Subject);
        var original = MailTriage.AddressOf(forward?.From);
        if (FormNotification(mail.ReplyTo, MailTriage.AddressOf(mail.From), body, settings) is { } form)
        {
            fields = form;
            message = form.MessageText();
        }
        else if (forward is not null && original is not null && !settings.IsOwn(original))
        {
            fields.Fallback(NameOf(forward.From), original);
            AddPhoneLine(fields, forward.Body, settings);
            message = forward.Body;
        }
        // A team member forwarding a form notification the website sent to them: the customer is in the form's lines
        // (the forward marker cut them off the whole body above). SheetLeads' own notification, forwarded, stays
        // what it was (step 3's loop guard).
        else if (forward is not null && original != settings.NotificationSender
                 && FormNotification([], null, forward.Body, settings) is { } forwardedForm)
        {
            fields = forwardedForm;
            message = forwardedForm.MessageText();
        }
        else if (from is not null && settings.IsOwn(from))
        {
            return new Skip(reference, item.Origin, SkipReason.OwnDomain, "from " + from.Domain);
        }
        else
        {
            var replyTo = mail.ReplyTo.Select(a => (Header: a, Address: MailTriage.AddressOf(a)))
                .FirstOrDefault(a => a.Address is not null && !settings.IsOwn(a.Address));
            if (replyTo.Address is not null)
                fields.Fallback(NameOf(replyTo.Header) ?? (replyTo.Address == from ? NameOf(mail.From) : null), replyTo.Address);
            else
                fields.Fallback(NameOf(mail.From) ?? NameOf(mail.Sender), from);
            AddPhoneLine(fields, body, settings);
            message = body;
        }

        var text = MessageCleaner.Clean(message, settings.MessageLimit);
        if (text.Length == 0 && !string.IsNullOrWhiteSpace(mail.Subject))
            text = MessageCleaner.Cap(mail.Subject.Trim(), settings.MessageLimit);
        return new Enquiry(
            reference, item.Origin, channel.Source, ReceivedOf(mail, now),
            fields.FullName, fields.Email, fields.Phone, fields.Company, text,
            mail.Subject?.Trim(), ThreadIds(mail));
    }

    // Oldest first, the direct parent last: References lists the thread in order, In-Reply-To names the parent.
    private static string[] ThreadIds(MailMessage mail) =>
        mail.References.Concat(mail.InReplyTo).Reverse().Distinct(StringComparer.Ordinal).Reverse().ToArray();

    /// <summary>
    /// SPEC §10: the Date header when plausible (not in the future, not more than a day before the oldest Received
    /// hop), else the delivery time.
    /// </summary>
    public static DateTimeOffset ReceivedOf(MailMessage mail, DateTimeOffset now)
    {
        if (mail.Date is { } date && date <= now
            && (mail.ReceivedDates.Count == 0 || date >= mail.ReceivedDates.Min() - HopTolerance))
            return date.ToUniversalTime();
        return mail.DeliveredAt.ToUniversalTime();
    }

    // Step 5: labelled lines (or a table) naming at least two different lead fields, and a customer address outside
    // the own domains in an e-mail field or in Reply-To. A customer writing from that very address is not a form
    // notification but a person whose signature has "Phone:" and "Email:" lines: step 8 keeps every word they wrote.
    private static ContactFields? FormNotification(IReadOnlyList<MailAddress> replyTo, EmailAddress? sender, string body, IntakeSettings settings)
    {
        var text = MessageCleaner.CutQuotesAndSignature(body);
        var answers = LabelledLines.Parse(text, settings.Labels);
        if (answers.Count < 2)
            return null;
        var fields = new ContactFields(settings);
        var named = new HashSet<LeadField>();
        foreach (var answer in answers)
        {
            var field = settings.Labels.Match(answer.Label);
            // The business's own address in an e-mail row ("Sender: wordpress@…") is never the customer's: it stays
            // a line of the message, and the customer's address may still come from another row or from Reply-To.
            if (field == LeadField.Email && OwnAddressIn(answer.Value, settings))
                field = null;
            if (field is { } f)
                named.Add(f);
            fields.Add(answer.Label, answer.Value, field);
        }
        if (named.Count < 2)
            return null;
        if (fields.Email is null)
        {
            var customer = replyTo.Select(a => (Header: a, Address: MailTriage.AddressOf(a)))
                .FirstOrDefault(a => a.Address is not null && !settings.IsOwn(a.Address));
            if (customer.Address is null)
                return null;
            fields.Fallback(NameOf(customer.Header), customer.Address);
        }
        return sender is not null && fields.Email == sender ? null : fields;
    }

    // A display name that is an address ("bob@example.com" <bob@example.com>) names nobody.
    private static string? NameOf(MailAddress? address) =>
        address?.Name is { } name && !name.Contains('@', StringComparison.Ordinal) ? name : null;

    // "wordpress@brightpath.co.uk", "Brightpath <wordpress@brightpath.co.uk>", "mailto:…".
    private static bool OwnAddressIn(string value, IntakeSettings settings)
    {
        var text = value.Trim();
        var lt = text.LastIndexOf('<');
        var gt = text.LastIndexOf('>');
        if (lt >= 0 && gt > lt)
            text = text[(lt + 1)..gt];
        return EmailAddress.TryParse(text, out var address) && settings.IsOwn(address);
    }

    // Reading 18: only explicit "Phone:" lines give a mail's phone, never numbers inside free text.
    private static void AddPhoneLine(ContactFields fields, string body, IntakeSettings settings)
    {
        foreach (var line in body.Split('\n'))
        {
            var m = PhoneLine().Match(line);
            if (m.Success && settings.Labels.Match(m.Groups["label"].Value) == LeadField.Phone)
            {
                fields.Add(m.Groups["label"].Value, m.Groups["value"].Value, LeadField.Phone);
                return;
            }
        }
    }

    // A generator that fills in no unique part ("<@example.com>", "<abc@>") gives every mail the same id, and all but
    // the first would be taken for duplicates: such an id names nothing, so the raw digest is the reference.
    private static string? UsableMessageId(string? id)
    {
        var t = id?.Trim().Trim('<', '>').Trim();
        if (string.IsNullOrEmpty(t) || t.Length > 250 || t.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
            return null;
        var at = t.LastIndexOf('@');
        if (at == 0 || at == t.Length - 1)
            return null;
        return t;
    }

    // The label starts with a letter: a label that could start with the spaces \s* takes made a line of spaces cost
    // quadratic time (an 88 KB line of spaces took over 10 s).
    [GeneratedRegex(@"^\s*(?<label>\p{L}[\p{L} ]{1,23}?)\s*:\s*(?<value>[+(]?\d[\d ()./-]{5,24})\s*$")]
    private static partial Regex PhoneLine();
}
