namespace SheetLeads.Worker.Forms;

/// <summary>
/// The JSON is not the shape a preset reads (another service's page, an error body). Never leaves a channel: a form
/// file becomes one <c>unparseable</c> skip, and a polled page fails that poll (the service still holds its
/// submissions). The message reads after "… is": "not a Tally submissions page: no 'submissions' array".
/// </summary>
/// <param name="expected">What the preset reads, e.g. "a Typeform responses page".</param>
/// <param name="missing">What the JSON lacks, in words; never its content.</param>
internal sealed class FormShapeException(string expected, string missing) : Exception($"not {expected}: {missing}");
