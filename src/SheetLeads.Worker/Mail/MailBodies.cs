using MimeKit;

namespace SheetLeads.Worker.Mail;

/// <summary>
/// Picks a message's bodies the way a mail client does: the first plain-text and the first HTML part that are not
/// attachments (in multipart/alternative the text/plain one, in multipart/mixed the message before the
/// attachments), and any other text part when there is nothing else. Flowed text is unflowed by
/// <see cref="FlowedText"/>.
/// </summary>
internal static class MailBodies
{
    public static string? Text(MimeMessage message)
    {
        var parts = message.BodyParts.OfType<TextPart>().Where(p => !p.IsAttachment).ToList();
        var plain = parts.FirstOrDefault(p => p.IsPlain);
        if (plain is not null)
            return IsFlowed(plain, out var deleteSpace) ? FlowedText.Unflow(plain.Text, deleteSpace) : plain.Text;
        if (parts.Any(p => p.IsHtml))
            return null;
        // A lone text part of another kind (text/enriched, text/x-…) is still what the sender wrote.
        return parts.FirstOrDefault()?.Text;
    }

    public static string? Html(MimeMessage message) =>
        message.BodyParts.OfType<TextPart>().FirstOrDefault(p => !p.IsAttachment && p.IsHtml)?.Text;

    private static bool IsFlowed(TextPart part, out bool deleteSpace)
    {
        var parameters = part.ContentType.Parameters;
        deleteSpace = parameters.TryGetValue("delsp", out string? delsp) && delsp!.Equals("yes", StringComparison.OrdinalIgnoreCase);
        return parameters.TryGetValue("format", out string? format) && format!.Equals("flowed", StringComparison.OrdinalIgnoreCase);
    }
}
