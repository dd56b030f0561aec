using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace SheetLeads.Core.Leads;

/// <summary>A lead's permanent identifier, written as <c>L-000001</c>; numbers are never reused.</summary>
/// <param name="Number">The positive number behind the identifier.</param>
public readonly record struct LeadId(int Number) : IComparable<LeadId>
{
    /// <summary>Reads <c>L-000123</c> (case-insensitive, surrounding spaces ignored).</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out LeadId? id)
    {
        id = null;
        var t = text?.Trim();
        if (t is null || t.Length < 3 || (t[0] != 'L' && t[0] != 'l') || t[1] != '-')
            return false;
        var digits = t.AsSpan(2);
        foreach (var c in digits)
            if (!char.IsAsciiDigit(c))
                return false;
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0)
            return false;
        id = new LeadId(n);
        return true;
    }

    /// <summary>The identifier after this one.</summary>
    public LeadId Next() => new(Number + 1);

    /// <inheritdoc />
    public int CompareTo(LeadId other) => Number.CompareTo(other.Number);

    /// <summary>True when <paramref name="left"/> was issued before <paramref name="right"/>.</summary>
    public static bool operator <(LeadId left, LeadId right) => left.Number < right.Number;

    /// <summary>True when <paramref name="left"/> was issued after <paramref name="right"/>.</summary>
    public static bool operator >(LeadId left, LeadId right) => left.Number > right.Number;

    /// <summary>True unless <paramref name="left"/> was issued after <paramref name="right"/>.</summary>
    public static bool operator <=(LeadId left, LeadId right) => left.Number <= right.Number;

    /// <summary>True unless <paramref name="left"/> was issued before <paramref name="right"/>.</summary>
    public static bool operator >=(LeadId left, LeadId right) => left.Number >= right.Number;

    /// <summary>The sheet form, <c>L-000001</c>.</summary>
    public override string ToString() => "L-" + Number.ToString("D6", CultureInfo.InvariantCulture);
}
