namespace SheetLeads.Core.Normalisation;

/// <summary>
/// Converts between instants (UTC) and the business's wall-clock time. Daylight saving is decided, never guessed:
/// a wall-clock time skipped by a spring-forward moves forward by the gap, and one repeated by a fall-back takes
/// the earlier instant.
/// </summary>
public sealed class BusinessTime(TimeZoneInfo zone)
{
    /// <summary>The business time zone.</summary>
    public TimeZoneInfo Zone { get; } = zone;

    /// <summary>The wall-clock time of an instant.</summary>
    public DateTime ToLocal(DateTimeOffset instant) =>
        DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(instant, Zone).DateTime, DateTimeKind.Unspecified);

    /// <summary>The business-local date of an instant.</summary>
    public DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant));

    /// <summary>The instant of a business wall-clock time.</summary>
    public DateTimeOffset ToInstant(DateTime local)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            // Skipped by a spring-forward: read it with the offset in force before the gap, which lands after it.
            var before = Zone.GetUtcOffset(new DateTimeOffset(local.AddDays(-1), TimeSpan.Zero));
            return new DateTimeOffset(local - before, TimeSpan.Zero);
        }
        var offset = Zone.IsAmbiguousTime(local)
            ? Zone.GetAmbiguousTimeOffsets(local).Max() // the larger offset is the earlier instant
            : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
