namespace SheetLeads.Core.Sheet;

/// <summary>The sheet cannot be reached, opened or written now; the cycle is retried later and nothing is lost.</summary>
public sealed class SheetUnavailableException : Exception
{
    /// <summary>Creates the exception with a message for a person.</summary>
    public SheetUnavailableException(string message, Exception? inner = null) : base(message, inner) { }
}

/// <summary>The Leads tab is not laid out so the worker can write it safely (e.g. a renamed header).</summary>
public sealed class SheetLayoutException : Exception
{
    /// <summary>Creates the exception with a message for a person.</summary>
    public SheetLayoutException(string message) : base(message) { }
}

/// <summary>Between the read and the write a person moved, removed or re-identified a planned row; nothing was written.</summary>
public sealed class SheetChangedException : Exception
{
    /// <summary>Creates the exception with a message for a person.</summary>
    public SheetChangedException(string message) : base(message) { }
}
