namespace SheetLeads.Core.Sync;

/// <summary>Something that failed in a cycle.</summary>
/// <param name="Where">The channel's name, or <c>sheet</c>.</param>
/// <param name="Message">What went wrong, for a person.</param>
/// <param name="Exception">The exception behind it, for the log.</param>
public sealed record CycleFailure(string Where, string Message, Exception? Exception = null)
{
    /// <summary>The <c>Where</c> of a sheet failure.</summary>
    public const string Sheet = "sheet";
}
