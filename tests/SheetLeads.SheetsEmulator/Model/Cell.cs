using System.Text.Json.Nodes;

namespace SheetLeads.SheetsEmulator.Model;

/// <summary>
/// One cell. Immutable: a change makes a new cell, so a spreadsheet copy (for atomic batch updates) shares cells.
/// <paramref name="Format"/> and <paramref name="Validation"/> are JSON as Google shows them and are never mutated.
/// </summary>
internal sealed record Cell(CellValue? Value, JsonObject? Format = null, JsonObject? Validation = null, string? Note = null)
{
    public bool IsEmpty => Value is null && Format is null && Validation is null && Note is null;

    public JsonObject? NumberFormat => Format?["numberFormat"] as JsonObject;
}
