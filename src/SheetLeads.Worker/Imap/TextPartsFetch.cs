using MailKit;
using SheetLeads.Worker.Mail;

namespace SheetLeads.Worker.Imap;

/// <summary>
/// Takes in a large message without downloading it whole (issue 5: attachments are not fetched when only the text is
/// needed): the real header block, and for each body part the server's BODYSTRUCTURE names, the real text/plain and
/// text/html parts (their first <see cref="PartBytes"/>) and delivery reports; every other part (attachments, images,
/// attached messages) is kept as an empty part of the same type, so the message reads exactly as it would whole.
/// </summary>
internal static class TextPartsFetch
{
    /// <summary>The most of any one text part that is fetched: far more than any enquiry's text.</summary>
    public const int PartBytes = 1024 * 1024;

    /// <summary>The message's header block and text parts as one MIME message.</summary>
    public static async Task<byte[]> FetchAsync(IMailFolder folder, IMessageSummary summary, CancellationToken cancellationToken)
    {
        var uid = summary.UniqueId;
        using var message = new MemoryStream();
        await CopyAsync(folder, uid, "HEADER", message, cancellationToken);
        if (summary.Body is null)
            await CopyAsync(folder, uid, "TEXT", message, cancellationToken, PartBytes);
        else
            await WriteBodyAsync(folder, uid, summary.Body, message, top: true, depth: 0, cancellationToken);
        return message.ToArray();
    }

    private static async Task WriteBodyAsync(IMailFolder folder, UniqueId uid, BodyPart part, MemoryStream output, bool top, int depth, CancellationToken cancellationToken)
    {
        switch (part)
        {
            case BodyPartMultipart multipart when depth < MailBodies.MaxDepth:
                if (!top)
                    await CopyAsync(folder, uid, multipart.PartSpecifier + ".MIME", output, cancellationToken);
                var boundary = multipart.ContentType.Boundary;
                foreach (var child in multipart.BodyParts)
                {
                    Write(output, $"\r\n--{boundary}\r\n");
                    await WriteBodyAsync(folder, uid, child, output, top: false, depth + 1, cancellationToken);
                }
                Write(output, $"\r\n--{boundary}--\r\n");
                break;
            case BodyPartBasic basic when IsRead(basic):
                if (top)
                {
                    await CopyAsync(folder, uid, "TEXT", output, cancellationToken, PartBytes);
                    break;
                }
                await CopyAsync(folder, uid, basic.PartSpecifier + ".MIME", output, cancellationToken);
                await CopyAsync(folder, uid, basic.PartSpecifier, output, cancellationToken, PartBytes);
                break;
            default:
                if (!top)
                    Write(output, $"Content-Type: {part.ContentType.MimeType}\r\nContent-Disposition: attachment\r\n\r\n");
                break;
        }
    }

    private static bool IsRead(BodyPartBasic part)
    {
        var type = part.ContentType;
        return (type.IsMimeType("text", "plain") || type.IsMimeType("text", "html")) && !part.IsAttachment
               || type.IsMimeType("message", "delivery-status") || type.IsMimeType("message", "global-delivery-status");
    }

    private static async Task CopyAsync(IMailFolder folder, UniqueId uid, string section, MemoryStream output, CancellationToken cancellationToken, int? limit = null)
    {
        await using var stream = limit is { } count
            ? await folder.GetStreamAsync(uid, section, 0, count, cancellationToken)
            : await folder.GetStreamAsync(uid, section, cancellationToken);
        await stream.CopyToAsync(output, cancellationToken);
    }

    private static void Write(MemoryStream output, string text) => output.Write(System.Text.Encoding.ASCII.GetBytes(text));
}
