using System.Globalization;

namespace SheetLeads.Worker.GoogleSheets;

/// <summary>Who holds the sheet's single-writer lease (SPEC §8) and until when: a spreadsheet developer metadata value.</summary>
/// <param name="Holder">The holding worker's id (kept in its state).</param>
/// <param name="Host">The machine it runs on, for the message to a person.</param>
/// <param name="Until">When the lease ends unless renewed.</param>
internal sealed record LeaseRecord(string Holder, string Host, DateTimeOffset Until)
{
    /// <summary>The developer metadata key.</summary>
    public const string Key = "sheetleads.lease";

    /// <summary>The metadata id the lease is created with, so two workers creating it at once cannot both succeed.</summary>
    public const int MetadataId = 735_101_001;

    /// <summary>The metadata value.</summary>
    public string Value => $"holder={Holder};host={Host};until={Until.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture)}";

    /// <summary>Reads a metadata value; null when it is not one of ours.</summary>
    public static LeaseRecord? Parse(string? value)
    {
        if (value is null)
            return null;
        var parts = value.Split(';').Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
        return parts.TryGetValue("holder", out var holder) && parts.TryGetValue("until", out var until)
               && DateTimeOffset.TryParse(until, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var end)
            ? new LeaseRecord(holder, parts.GetValueOrDefault("host") ?? "?", end)
            : null;
    }
}
