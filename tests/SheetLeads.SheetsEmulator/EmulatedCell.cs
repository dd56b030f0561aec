namespace SheetLeads.SheetsEmulator;

/// <summary>A snapshot of one cell as the API would show it.</summary>
public sealed class EmulatedCell
{
    /// <summary>What was entered: a string, a double, a bool, or a formula string starting "="; null when empty.</summary>
    public object? UserEnteredValue { get; init; }

    /// <summary>The computed value: a string, a double, a bool, or an error text such as "#ERROR!"; null when empty.</summary>
    public object? EffectiveValue { get; init; }

    /// <summary>The value as Google displays it ("" when empty).</summary>
    public string FormattedValue { get; init; } = "";

    /// <summary>Whether the cell holds a formula.</summary>
    public bool IsFormula { get; init; }

    /// <summary>Background colour as hex RRGGBB, or null when none was set.</summary>
    public string? BackgroundRgb { get; init; }

    /// <summary>The number format type (NUMBER, DATE, DATE_TIME, TEXT, ...), or null.</summary>
    public string? NumberFormatType { get; init; }

    /// <summary>The number format pattern, or null.</summary>
    public string? NumberFormatPattern { get; init; }
}
