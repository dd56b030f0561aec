using Newtonsoft.Json;

namespace SheetLeads.Worker.GoogleSheets.Api.Model;

/// <summary>Sheets v4 <c>CellFormat</c>.</summary>
internal sealed class CellFormat
{
    [JsonProperty("numberFormat")] public NumberFormat? NumberFormat { get; set; }
    [JsonProperty("backgroundColor")] public Color? BackgroundColor { get; set; }
    [JsonProperty("textFormat")] public TextFormat? TextFormat { get; set; }
    /// <summary><c>LEFT</c>, <c>CENTER</c> or <c>RIGHT</c>.</summary>
    [JsonProperty("horizontalAlignment")] public string? HorizontalAlignment { get; set; }
}

/// <summary>Sheets v4 <c>NumberFormat</c>: <c>type</c> DATE, DATE_TIME, NUMBER, PERCENT, … and a pattern.</summary>
internal sealed class NumberFormat
{
    [JsonProperty("type")] public string? Type { get; set; }
    [JsonProperty("pattern")] public string? Pattern { get; set; }
}

/// <summary>Sheets v4 <c>Color</c>: components from 0 to 1.</summary>
internal sealed class Color
{
    [JsonProperty("red")] public float? Red { get; set; }
    [JsonProperty("green")] public float? Green { get; set; }
    [JsonProperty("blue")] public float? Blue { get; set; }

    /// <summary>The colour of six hex digits RRGGBB.</summary>
    public static Color FromRgb(string rgb) => new()
    {
        Red = Convert.ToInt32(rgb[..2], 16) / 255f,
        Green = Convert.ToInt32(rgb[2..4], 16) / 255f,
        Blue = Convert.ToInt32(rgb[4..6], 16) / 255f,
    };
}

/// <summary>Sheets v4 <c>TextFormat</c>.</summary>
internal sealed class TextFormat
{
    [JsonProperty("bold")] public bool? Bold { get; set; }
    [JsonProperty("underline")] public bool? Underline { get; set; }
    [JsonProperty("foregroundColor")] public Color? ForegroundColor { get; set; }
}

/// <summary>Sheets v4 <c>DataValidationRule</c>.</summary>
internal sealed class DataValidationRule
{
    [JsonProperty("condition")] public BooleanCondition? Condition { get; set; }
    [JsonProperty("strict")] public bool? Strict { get; set; }
    [JsonProperty("showCustomUi")] public bool? ShowCustomUi { get; set; }
}

/// <summary>Sheets v4 <c>BooleanCondition</c>, e.g. ONE_OF_LIST.</summary>
internal sealed class BooleanCondition
{
    [JsonProperty("type")] public string? Type { get; set; }
    [JsonProperty("values")] public IList<ConditionValue>? Values { get; set; }
}

/// <summary>Sheets v4 <c>ConditionValue</c>.</summary>
internal sealed class ConditionValue
{
    [JsonProperty("userEnteredValue")] public string? UserEnteredValue { get; set; }
}
