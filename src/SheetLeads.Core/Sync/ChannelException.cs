namespace SheetLeads.Core.Sync;

/// <summary>A channel cannot be read now; reported for that channel, the others keep working.</summary>
public sealed class ChannelException : Exception
{
    /// <summary>Creates the exception with a message for a person.</summary>
    public ChannelException(string message, Exception? inner = null) : base(message, inner) { }
}
