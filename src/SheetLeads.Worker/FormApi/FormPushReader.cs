using System.Globalization;
using System.Text.Json;
using SheetLeads.Core.Intake;
using SheetLeads.Worker.Forms;
using SheetLeads.Worker.State;

namespace SheetLeads.Worker.FormApi;

/// <summary>
/// Turns one push kept in the webhook inbox into channel items: its submissions, or one unparseable item when the
/// body is not the service's push, so an authentic but unreadable push is recorded and never blocks those behind it.
/// </summary>
internal static class FormPushReader
{
    public static IReadOnlyList<ChannelItem> Read(IFormPreset preset, PushedBody push)
    {
        var origin = "webhook #" + push.Id.ToString(CultureInfo.InvariantCulture);
        if (preset is not IFormPushPreset pushes)
            return [Unreadable(push, origin, $"{origin}: {preset.Name} pushes are not read")];
        try
        {
            using var document = FormJson.Parse(push.Body);
            var page = pushes.ParsePush(document.RootElement);
            return page.Submissions.Select(s => (ChannelItem)new FormItem(s, $"{origin}#{s.Id}"))
                .Concat(page.Rejected.Select(r => new UnreadableItem(r.ExternalId, $"{origin}: {r.Problem}", $"{origin}#{r.Position}")))
                .ToArray();
        }
        catch (JsonException e)
        {
            return [Unreadable(push, origin, $"{origin} is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1})")];
        }
        catch (FormShapeException e)
        {
            return [Unreadable(push, origin, $"{origin} is {e.Message}")];
        }
    }

    private static UnreadableItem Unreadable(PushedBody push, string origin, string problem) =>
        new(FormIntake.DigestId(push.Body), problem, origin);
}
