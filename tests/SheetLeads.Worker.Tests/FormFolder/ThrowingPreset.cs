using System.Text.Json;
using SheetLeads.Worker.Forms;

namespace SheetLeads.Worker.Tests.FormFolder;

/// <summary>A preset with a fault: every page makes it throw, as a parser bug would.</summary>
internal sealed class ThrowingPreset : IFormPreset
{
    public string Name => "Faulty";

    public FormPage Parse(JsonElement root) => throw new InvalidOperationException("parser fault");
}
