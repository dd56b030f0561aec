using System.Text.Json;
using SheetLeads.Core.Intake;
using SheetLeads.Worker.Forms;

namespace SheetLeads.Worker.Tests.Forms;

/// <summary>The recorded-shape form files under Fixtures/forms, copied next to the tests.</summary>
internal static class FormFixtures
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures", "forms");

    public static string PathOf(string name) => Path.Combine(Folder, name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    public static JsonElement Json(string name)
    {
        using var document = JsonDocument.Parse(Bytes(name));
        return document.RootElement.Clone();
    }

    public static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    public static FormPage Page(IFormPreset preset, string name) => preset.Parse(Json(name));

    public static FormField Field(this FormSubmission submission, string label) =>
        submission.Fields.Single(f => f.Label == label);

    public static bool Has(this FormSubmission submission, string label) =>
        submission.Fields.Any(f => f.Label == label);
}
