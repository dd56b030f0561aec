namespace SheetLeads.SheetsEmulator;

/// <summary>Something that goes wrong with one request.</summary>
public abstract record Fault
{
    private protected Fault()
    {
    }

    /// <summary>Answer with this HTTP status in Google's error shape, not applying the request.</summary>
    public static Fault Status(int code, TimeSpan? retryAfter = null) => new StatusFault(code, retryAfter);

    /// <summary>Wait this long (real time) before handling the request normally.</summary>
    public static Fault Delay(TimeSpan delay) => new DelayFault(delay);

    /// <summary>Apply the request fully, then abort the connection so the client never gets the response.</summary>
    public static Fault LoseResponseAfterApply() => new LoseResponseFault();
}
