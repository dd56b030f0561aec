using System.Text.Json;

namespace SheetLeads.Worker.Forms;

/// <summary>A preset whose service can push each new submission to the worker's webhook endpoint.</summary>
internal interface IFormPushPreset : IFormPreset
{
    /// <summary>The submission one push carries (its id is the one the service's list gives it, so a pushed and a polled copy are one reference).</summary>
    /// <exception cref="FormShapeException">The JSON is not this service's push.</exception>
    FormPage ParsePush(JsonElement root);
}
