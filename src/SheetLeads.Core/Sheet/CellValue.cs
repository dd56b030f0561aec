using System.Globalization;

namespace SheetLeads.Core.Sheet;

/// <summary>What a cell holds, as the sheet back end read it or is asked to write it.</summary>
public readonly record struct CellValue
{
    private CellValue(CellKind kind, string? text = null, double number = 0, DateTime dateTime = default)
    {
        Kind = kind;
        TextValue = text;
        NumberValue = number;
        DateTimeValue = dateTime;
    }

    /// <summary>The kind of value.</summary>
    public CellKind Kind { get; }

    /// <summary>The text of a <see cref="CellKind.Text"/> cell.</summary>
    public string? TextValue { get; }

    /// <summary>The number of a <see cref="CellKind.Number"/> cell.</summary>
    public double NumberValue { get; }

    /// <summary>The wall-clock value of a date or date-time cell, in the business time zone.</summary>
    public DateTime DateTimeValue { get; }

    /// <summary>An empty cell.</summary>
    public static CellValue Empty => default;

    /// <summary>Literal text; never evaluated as a formula or number by the sheet.</summary>
    public static CellValue Text(string? text) => string.IsNullOrEmpty(text) ? Empty : new(CellKind.Text, text);

    /// <summary>A number.</summary>
    public static CellValue Number(double number) => new(CellKind.Number, number: number);

    /// <summary>A real date-time cell, in business-local wall-clock time.</summary>
    public static CellValue DateTime(DateTime local) =>
        new(CellKind.DateTime, dateTime: System.DateTime.SpecifyKind(local, DateTimeKind.Unspecified));

    /// <summary>A real date cell.</summary>
    public static CellValue Date(DateOnly date) => new(CellKind.Date, dateTime: date.ToDateTime(TimeOnly.MinValue));

    /// <summary>A TRUE/FALSE cell.</summary>
    public static CellValue Boolean(bool value) => new(CellKind.Boolean, number: value ? 1 : 0);

    /// <summary>True for an empty cell or one holding only white space.</summary>
    public bool IsEmpty => Kind == CellKind.Empty || (Kind == CellKind.Text && string.IsNullOrWhiteSpace(TextValue));

    /// <summary>The cell as a person reads it (dates as <c>yyyy-MM-dd HH:mm</c>).</summary>
    public string AsText() => Kind switch
    {
        CellKind.Empty => "",
        CellKind.Text => TextValue ?? "",
        CellKind.Number => NumberValue.ToString("0.##########", CultureInfo.InvariantCulture),
        CellKind.DateTime => DateTimeValue.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        CellKind.Date => DateTimeValue.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        CellKind.Boolean => NumberValue != 0 ? "TRUE" : "FALSE",
        _ => "",
    };

    /// <inheritdoc />
    public override string ToString() => AsText();
}

/// <summary>The kinds of <see cref="CellValue"/>.</summary>
public enum CellKind
{
    /// <summary>Nothing in the cell.</summary>
    Empty,
    /// <summary>Literal text.</summary>
    Text,
    /// <summary>A number.</summary>
    Number,
    /// <summary>A date with a time of day.</summary>
    DateTime,
    /// <summary>A date without a time of day.</summary>
    Date,
    /// <summary>TRUE or FALSE.</summary>
    Boolean,
}
