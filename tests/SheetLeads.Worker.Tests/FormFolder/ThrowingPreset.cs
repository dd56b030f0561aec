using System.Text.Json;
using SheetLeads.Worker.Forms;

namespace SheetLeads.Worker.Tests.FormFolder;

/// <summary>A preset with a fault: every page makes it throw, as a parser bug would.</summary>
internal sealed class ThrowingPreset : IFormPreset
{
    public string Name => "Faulty";

    public int? DefaultPageSize => null;

    public FormPage Parse(JsonElement root) => throw new InvalidOperationException("parser fault");

    public Uri FirstPage(Uri endpoint, FormQuery query) => endpoint;

    public Uri? NextPage(Uri current, FormQuery query, FormPage page) => null;
}
