using System.Text.Json;
using SheetLeads.Core.Intake;
using SheetLeads.Worker.Forms;

namespace SheetLeads.Worker.FormFolder;

/// <summary>
/// Turns the bytes of one form file into channel items (SPEC §10): one generic submission or one page of the
/// preset's API. Input that is not JSON, or not the preset's shape, becomes a single unparseable item naming the
/// file, so it is recorded and never blocks the files behind it.
/// </summary>
internal static class FormFileReader
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <param name="origin">The file's path below the channel folder.</param>
    /// <param name="path">The file's full path, named in problems.</param>
    /// <param name="bytes">Its content.</param>
    /// <param name="preset">The channel's preset.</param>
    public static FormFileReading Read(string origin, string path, ReadOnlyMemory<byte> bytes, IFormPreset preset)
    {
        if (bytes.Span.Trim(" \t\r\n"u8).IsEmpty)
            return Unparseable(origin, bytes, $"{path} is empty");
        // Editors on Windows save UTF-8 with a byte-order mark, which the JSON reader refuses.
        var json = bytes.Span.StartsWith(Utf8Bom) ? bytes[Utf8Bom.Length..] : bytes;
        JsonDocument document;
        try
        {
            document = FormJson.Parse(json, Lenient);
        }
        catch (JsonException e)
        {
            return Unparseable(origin, bytes, $"{path} is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1})");
        }
        using (document)
        {
            FormPage page;
            try
            {
                page = preset.Parse(document.RootElement);
            }
            catch (FormShapeException) when (preset is not GenericFormPreset && GenericFormPreset.IsSubmission(document.RootElement))
            {
                // SPEC §10: a file is a preset page or one generic submission, whatever the channel's preset.
                page = new GenericFormPreset().Parse(document.RootElement);
            }
            catch (FormShapeException e)
            {
                return Unparseable(origin, bytes, $"{path} is {e.Message}");
            }
            var items = new List<ChannelItem>(page.Submissions.Count + page.Rejected.Count);
            items.AddRange(page.Submissions.Select(s => new FormItem(s, $"{origin}#{s.Id}")));
            items.AddRange(page.Rejected.Select(r => new UnreadableItem(r.ExternalId, $"{path}: {r.Problem}", $"{origin}#{r.Position}")));
            return new FormFileReading(items, page.LeftOut);
        }
    }

    private static FormFileReading Unparseable(string origin, ReadOnlyMemory<byte> bytes, string problem) =>
        new([new UnreadableItem(FormIntake.DigestId(bytes.Span), problem, origin)], 0);
}
