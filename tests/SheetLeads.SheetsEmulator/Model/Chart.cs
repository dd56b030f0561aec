using System.Text.Json.Nodes;

namespace SheetLeads.SheetsEmulator.Model;

/// <summary>An embedded chart: its spec and position stored as sent.</summary>
internal sealed record Chart(int ChartId, JsonObject Spec, JsonObject? Position);
