using System.Globalization;
using System.Text.Json;
using SheetLeads.Core.Intake;

namespace SheetLeads.Worker.Forms;

/// <summary>
/// Submission times as the services write them. A time with <c>Z</c> or an offset is an instant; one without
/// (JotForm's <c>created_at</c>, Formspree's <c>_date</c>) keeps a null offset and is read later in the business
/// time zone (SPEC §10). A number is Unix time.
/// </summary>
internal static class FormTimes
{
    // Unix seconds reach 1e11 only in the year 5138; anything larger is milliseconds.
    private const double MillisecondsAbove = 1e11;

    /// <summary>The time, or null when there is none or it cannot be read (the cycle's clock is used then).</summary>
    public static FormTimestamp? Read(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => Parse(value.GetString()),
        JsonValueKind.Number when value.TryGetDouble(out var n) => FromUnix(n),
        _ => null,
    };

    /// <summary>The time of a member, or null.</summary>
    public static FormTimestamp? Member(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var v) ? Read(v) : null;

    /// <summary>A written time, or null when it is not one.</summary>
    public static FormTimestamp? Parse(string? text)
    {
        var t = text?.Trim();
        if (string.IsNullOrEmpty(t))
            return null;
        if (!DateTime.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var written))
            return null;
        // RoundtripKind leaves the kind unspecified exactly when the text names no zone.
        if (written.Kind == DateTimeKind.Unspecified)
            return new FormTimestamp(written, null);
        return DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? new FormTimestamp(DateTime.SpecifyKind(instant.DateTime, DateTimeKind.Unspecified), instant.Offset)
            : null;
    }

    /// <summary>The time as a checkpoint keeps it: round-trip text, with its offset only when the service wrote one.</summary>
    public static string Text(FormTimestamp t) =>
        t.Offset is { } offset
            ? new DateTimeOffset(t.Value, offset).ToString("O", CultureInfo.InvariantCulture)
            : t.Value.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>The time as UTC; one written without an offset is taken as UTC (the services that write none mean it).</summary>
    public static DateTime Utc(FormTimestamp t) => DateTime.SpecifyKind(Comparable(t), DateTimeKind.Utc);

    /// <summary>The time moved back by <paramref name="span"/>, keeping how it was written.</summary>
    public static FormTimestamp Minus(FormTimestamp t, TimeSpan span) => t with { Value = t.Value - span };

    /// <summary>True when <paramref name="a"/> is later than <paramref name="b"/>; times without an offset compare as written.</summary>
    public static bool IsLater(FormTimestamp a, FormTimestamp b) => Comparable(a) > Comparable(b);

    /// <summary>The later of two times; times without an offset compare as written.</summary>
    public static FormTimestamp? Later(FormTimestamp? a, FormTimestamp? b) =>
        a is null ? b : b is null ? a : IsLater(b.Value, a.Value) ? b : a;

    private static DateTime Comparable(FormTimestamp t) => t.Offset is { } offset ? t.Value - offset : t.Value;

    private static FormTimestamp? FromUnix(double n)
    {
        var ms = n > MillisecondsAbove ? n : n * 1000;
        if (ms < 0 || ms > 253402300799999)
            return null;
        var utc = DateTimeOffset.FromUnixTimeMilliseconds((long)ms).UtcDateTime;
        return new FormTimestamp(DateTime.SpecifyKind(utc, DateTimeKind.Unspecified), TimeSpan.Zero);
    }
}
