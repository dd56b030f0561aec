namespace SheetLeads.Core.Summary;

/// <summary>A channel that has not completed a read for three sync intervals (SPEC §6): shown in red, told once.</summary>
/// <param name="Channel">Its configured name.</param>
/// <param name="LastSuccess">When a read of it last completed; null if none ever did.</param>
/// <param name="FirstPoll">When the worker first tried to read it.</param>
/// <param name="LastError">Its most recent error, or words saying none was recorded.</param>
public sealed record SilentChannel(string Channel, DateTimeOffset? LastSuccess, DateTimeOffset FirstPoll, string LastError)
{
    /// <summary>Since when it has been silent: its last success, or its first try.</summary>
    public DateTimeOffset Since => LastSuccess ?? FirstPoll;
}
