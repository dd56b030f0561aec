using System.Text.Json;

namespace SheetLeads.Worker.Forms;

/// <summary>
/// Reads one page of a form service's API answer (or one generic submission) into submissions. The folder channel
/// and the HTTP channel share one parser per preset (SPEC §10), so a parser knows the shape and nothing of where
/// the JSON came from.
/// </summary>
internal interface IFormPreset
{
    /// <summary>The preset's name as configured in <c>SheetLeads:Channels:n:Preset</c>.</summary>
    string Name { get; }

    /// <summary>The submissions of the page and what the next request needs.</summary>
    /// <exception cref="FormShapeException">The JSON is not the shape this preset reads.</exception>
    FormPage Parse(JsonElement root);
}
