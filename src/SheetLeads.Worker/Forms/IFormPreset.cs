using System.Text.Json;

namespace SheetLeads.Worker.Forms;

/// <summary>
/// One form service's API: the requests that list its submissions and the page it answers with (or one generic
/// submission). The folder channel and the HTTP channel share one parser per preset (SPEC §10), so the parser knows
/// the shape and nothing of where the JSON came from.
/// </summary>
internal interface IFormPreset
{
    /// <summary>The preset's name as configured in <c>SheetLeads:Channels:n:Preset</c>.</summary>
    string Name { get; }

    /// <summary>Submissions a page holds when the channel does not say (the service's own default or a sensible share of its maximum).</summary>
    int? DefaultPageSize { get; }

    /// <summary>The submissions of the page and what the next request needs.</summary>
    /// <exception cref="FormShapeException">The JSON is not the shape this preset reads.</exception>
    FormPage Parse(JsonElement root);

    /// <summary>The address of a poll's first page: <paramref name="endpoint"/> with the service's paging and time filter.</summary>
    Uri FirstPage(Uri endpoint, FormQuery query);

    /// <summary>The address of the page after <paramref name="page"/> (read from <paramref name="current"/>), or null when it was the last.</summary>
    Uri? NextPage(Uri current, FormQuery query, FormPage page);
}
