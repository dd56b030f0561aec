using MimeKit;

namespace SheetLeads.Worker.Mail;

/// <summary>
/// Chooses a mail's text and HTML bodies the way a mail client shows them (SPEC §1 "understands real-world
/// mail"): in multipart/alternative the last part of each kind (the sender's preferred rendering), elsewhere the
/// first; attachments and attached messages are never read as the body.
/// </summary>
internal static class MailBodies
{
    /// <summary>Nesting deeper than real clients produce; deeper parts are not searched.</summary>
    public const int MaxDepth = 32;

    /// <summary>The plain-text and HTML body parts, either of which may be missing.</summary>
    public static (TextPart? Text, TextPart? Html) Find(MimeEntity? body) =>
        (FindPart(body, "plain", 0), FindPart(body, "html", 0));

    /// <summary>True when any part below the top (attached messages left out) is a delivery status.</summary>
    public static bool HasDeliveryStatus(MimeEntity? body)
    {
        var pending = new Stack<(MimeEntity Entity, int Depth)>();
        if (body is not null)
            pending.Push((body, 0));
        while (pending.Count > 0)
        {
            var (entity, depth) = pending.Pop();
            var type = entity.ContentType;
            if (type.IsMimeType("message", "delivery-status") || type.IsMimeType("message", "global-delivery-status"))
                return true;
            if (entity is Multipart multipart && depth < MaxDepth)
                foreach (var child in multipart)
                    pending.Push((child, depth + 1));
        }
        return false;
    }

    private static TextPart? FindPart(MimeEntity? entity, string subtype, int depth)
    {
        switch (entity)
        {
            case TextPart text when !text.IsAttachment && text.ContentType.IsMimeType("text", subtype):
                return text;
            case Multipart multipart when depth < MaxDepth:
                var alternative = multipart.ContentType.IsMimeType("multipart", "alternative");
                for (var n = 0; n < multipart.Count; n++)
                {
                    var child = multipart[alternative ? multipart.Count - 1 - n : n];
                    if (FindPart(child, subtype, depth + 1) is { } found)
                        return found;
                }
                return null;
            default:
                return null;
        }
    }
}
