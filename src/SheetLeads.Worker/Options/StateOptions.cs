namespace SheetLeads.Worker.Options;

/// <summary>SPEC §10 <c>SheetLeads:State</c>: the worker's own memory.</summary>
internal sealed class StateOptions
{
    public const string Section = "SheetLeads:State";

    /// <summary>The SQLite file, relative to the config file's folder. Default: data/state.db.</summary>
    public string Path { get; set; } = "data/state.db";
}
