namespace SheetLeads.SheetsEmulator.Values;

/// <summary>Sheets' serial numbers: days since 1899-12-30, the fraction being the time of day.</summary>
internal static class SerialDate
{
    private static readonly DateTime Epoch = new(1899, 12, 30, 0, 0, 0, DateTimeKind.Unspecified);

    public static double From(DateTime local) => (local - Epoch).TotalDays;

    public static DateTime To(double serial)
    {
        var ticks = (long)Math.Round(serial * TimeSpan.TicksPerDay / TimeSpan.TicksPerSecond) * TimeSpan.TicksPerSecond;
        return Epoch.AddTicks(ticks);
    }
}
