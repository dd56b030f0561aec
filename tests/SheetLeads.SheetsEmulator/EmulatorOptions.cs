namespace SheetLeads.SheetsEmulator;

/// <summary>How an emulator is started.</summary>
public sealed record EmulatorOptions
{
    /// <summary>TCP port on 127.0.0.1; 0 (default) picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>Read requests a user may make per minute before 429. Default: 60, as Google's default quota.</summary>
    public int ReadsPerMinutePerUser { get; init; } = 60;

    /// <summary>Write requests a user may make per minute before 429. Default: 60, as Google's default quota.</summary>
    public int WritesPerMinutePerUser { get; init; } = 60;

    /// <summary>The clock for quota windows and token expiry. Default: the system clock.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
