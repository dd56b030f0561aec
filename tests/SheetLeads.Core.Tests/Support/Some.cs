using System.Globalization;
using SheetLeads.Core.Normalisation;

namespace SheetLeads.Core.Tests.Support;

/// <summary>Builders of test data with sensible defaults; a test names only what it is about.</summary>
internal static partial class Some
{
    /// <summary>The cycle's clock reading: a Monday in November, when the business zone is UTC.</summary>
    public static DateTimeOffset Now { get; } = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The business time zone of every test that does not say otherwise.</summary>
    public static BusinessTime Time { get; } = new(TestZones.LondonLike);

    /// <summary>Phone numbers read with the default region GB.</summary>
    public static PhoneNormaliser Phones { get; } = new("GB");

    /// <summary>An instant written as <c>2026-11-20 09:15</c> (or with seconds), read as UTC.</summary>
    public static DateTimeOffset Utc(string text) =>
        DateTimeOffset.ParseExact(text, ["yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    /// <summary>A business wall-clock time written as <c>2026-11-20 09:15</c>.</summary>
    public static DateTime Local(string text) =>
        DateTime.ParseExact(text, ["yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None);
}
