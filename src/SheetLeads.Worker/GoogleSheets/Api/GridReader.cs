using System.Text.Json;
using SheetLeads.Worker.GoogleSheets.Api.Model;

namespace SheetLeads.Worker.GoogleSheets.Api;

/// <summary>
/// Reads a <c>spreadsheets.get</c> answer with grid data (Sheets v4's <c>Spreadsheet</c>: <c>developerMetadata</c>,
/// <c>sheets[].properties</c>, <c>sheets[].data[]</c> with <c>startRow</c>, <c>rowData[].values[]</c> and
/// <c>rowMetadata[].developerMetadata</c>) in one forward pass over its bytes into a <see cref="GridRead"/>. Members it
/// does not use are skipped; JSON that is not of that shape is a <see cref="JsonException"/>.
/// </summary>
internal static class GridReader
{
    public static GridRead Read(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 64 });
        var read = new GridRead();
        Next(ref reader, JsonTokenType.StartObject);
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("developerMetadata"u8))
            {
                Next(ref reader, JsonTokenType.StartArray);
                while (NextItem(ref reader))
                    read.DeveloperMetadata.Add(Metadata(ref reader));
            }
            else if (reader.ValueTextEquals("sheets"u8))
            {
                Next(ref reader, JsonTokenType.StartArray);
                var row = new List<GridCell>();
                while (NextItem(ref reader))
                    read.Sheets.Add(Sheet(ref reader, row));
            }
            else
                SkipValue(ref reader);
        }
        return read;
    }

    // `row` is the cells of the row being read, reused from row to row.
    private static GridTab Sheet(ref Utf8JsonReader reader, List<GridCell> row)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        var tab = new GridTab();
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("properties"u8))
                Properties(ref reader, tab);
            else if (reader.ValueTextEquals("data"u8))
            {
                Next(ref reader, JsonTokenType.StartArray);
                while (NextItem(ref reader))
                {
                    // One range per tab is asked for; a second would be another range of the same tab.
                    if (tab.HasData)
                        reader.Skip();
                    else
                        Data(ref reader, tab, row);
                }
            }
            else
                SkipValue(ref reader);
        }
        return tab;
    }

    private static void Properties(ref Utf8JsonReader reader, GridTab tab)
    {
        Next(ref reader, JsonTokenType.StartObject);
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("sheetId"u8))
                tab.SheetId = Int(ref reader);
            else if (reader.ValueTextEquals("title"u8))
                tab.Title = String(ref reader);
            else
                SkipValue(ref reader);
        }
    }

    private static void Data(ref Utf8JsonReader reader, GridTab tab, List<GridCell> row)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        tab.HasData = true;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("startRow"u8))
                tab.StartRow = Int(ref reader);
            else if (reader.ValueTextEquals("rowData"u8))
            {
                Next(ref reader, JsonTokenType.StartArray);
                while (NextItem(ref reader))
                    tab.Rows.Add(Row(ref reader, row));
            }
            else if (reader.ValueTextEquals("rowMetadata"u8))
            {
                Next(ref reader, JsonTokenType.StartArray);
                for (var index = 0; NextItem(ref reader); index++)
                    RowMetadata(ref reader, tab, index);
            }
            else
                SkipValue(ref reader);
        }
    }

    private static GridCell[] Row(ref Utf8JsonReader reader, List<GridCell> cells)
    {
        cells.Clear();
        Expect(ref reader, JsonTokenType.StartObject);
        while (NextProperty(ref reader))
        {
            if (!reader.ValueTextEquals("values"u8))
            {
                SkipValue(ref reader);
                continue;
            }
            Next(ref reader, JsonTokenType.StartArray);
            while (NextItem(ref reader))
                cells.Add(Cell(ref reader));
        }
        return [.. cells];
    }

    private static GridCell Cell(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        var cell = GridCell.Empty;
        var formula = false;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("effectiveValue"u8))
                cell = Value(ref reader);
            else if (reader.ValueTextEquals("userEnteredValue"u8))
                formula = HasFormula(ref reader);
            else
                SkipValue(ref reader);
        }
        return cell with { IsFormula = formula };
    }

    // An ExtendedValue: exactly one member is set.
    private static GridCell Value(ref Utf8JsonReader reader)
    {
        Next(ref reader, JsonTokenType.StartObject);
        var cell = GridCell.Empty;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("stringValue"u8))
                cell = new GridCell(GridCellKind.String, String(ref reader));
            else if (reader.ValueTextEquals("numberValue"u8))
                cell = new GridCell(GridCellKind.Number, Number: Double(ref reader));
            else if (reader.ValueTextEquals("boolValue"u8))
                cell = new GridCell(GridCellKind.Bool, Number: Bool(ref reader) ? 1 : 0);
            else if (reader.ValueTextEquals("errorValue"u8))
                cell = new GridCell(GridCellKind.Error, ErrorType(ref reader));
            else
                SkipValue(ref reader);
        }
        return cell;
    }

    private static bool HasFormula(ref Utf8JsonReader reader)
    {
        Next(ref reader, JsonTokenType.StartObject);
        var formula = false;
        while (NextProperty(ref reader))
        {
            formula |= reader.ValueTextEquals("formulaValue"u8);
            SkipValue(ref reader);
        }
        return formula;
    }

    private static string? ErrorType(ref Utf8JsonReader reader)
    {
        Next(ref reader, JsonTokenType.StartObject);
        string? type = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("type"u8))
                type = String(ref reader);
            else
                SkipValue(ref reader);
        }
        return type;
    }

    private static void RowMetadata(ref Utf8JsonReader reader, GridTab tab, int index)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        while (NextProperty(ref reader))
        {
            if (!reader.ValueTextEquals("developerMetadata"u8))
            {
                SkipValue(ref reader);
                continue;
            }
            Next(ref reader, JsonTokenType.StartArray);
            while (NextItem(ref reader))
                tab.RowMetadata.Add((index, Metadata(ref reader)));
        }
    }

    private static DeveloperMetadata Metadata(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        var entry = new DeveloperMetadata();
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("metadataId"u8))
                entry.MetadataId = Int(ref reader);
            else if (reader.ValueTextEquals("metadataKey"u8))
                entry.MetadataKey = String(ref reader);
            else if (reader.ValueTextEquals("metadataValue"u8))
                entry.MetadataValue = String(ref reader);
            else if (reader.ValueTextEquals("visibility"u8))
                entry.Visibility = String(ref reader);
            else
                SkipValue(ref reader);
        }
        return entry;
    }

    private static string? String(ref Utf8JsonReader reader)
    {
        Read(ref reader);
        return reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Null => null,
            _ => throw Unexpected(ref reader, "a string"),
        };
    }

    // Google writes int32 fields as numbers; proto3 JSON allows them as strings too.
    private static int Int(ref Utf8JsonReader reader)
    {
        Read(ref reader);
        return reader.TokenType switch
        {
            JsonTokenType.Number when reader.TryGetInt32(out var n) => n,
            JsonTokenType.String when int.TryParse(reader.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var n) => n,
            _ => throw Unexpected(ref reader, "a whole number"),
        };
    }

    // A double field: a number, or one of proto3's strings "NaN", "Infinity", "-Infinity".
    private static double Double(ref Utf8JsonReader reader)
    {
        Read(ref reader);
        return reader.TokenType switch
        {
            JsonTokenType.Number => reader.GetDouble(),
            JsonTokenType.String when double.TryParse(reader.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var d) => d,
            _ => throw Unexpected(ref reader, "a number"),
        };
    }

    private static bool Bool(ref Utf8JsonReader reader)
    {
        Read(ref reader);
        return reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => throw Unexpected(ref reader, "true or false"),
        };
    }

    /// <summary>Moves to the next property name of the object the reader is in; false at its end.</summary>
    private static bool NextProperty(ref Utf8JsonReader reader)
    {
        Read(ref reader);
        return reader.TokenType switch
        {
            JsonTokenType.PropertyName => true,
            JsonTokenType.EndObject => false,
            _ => throw Unexpected(ref reader, "a property"),
        };
    }

    /// <summary>Moves to the next item of the array the reader is in; false at its end.</summary>
    private static bool NextItem(ref Utf8JsonReader reader)
    {
        Read(ref reader);
        return reader.TokenType != JsonTokenType.EndArray;
    }

    private static void SkipValue(ref Utf8JsonReader reader)
    {
        Read(ref reader);
        reader.Skip();
    }

    private static void Next(ref Utf8JsonReader reader, JsonTokenType expected)
    {
        Read(ref reader);
        Expect(ref reader, expected);
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType expected)
    {
        if (reader.TokenType != expected)
            throw Unexpected(ref reader, expected == JsonTokenType.StartObject ? "an object" : "an array");
    }

    private static void Read(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
            throw new JsonException($"The answer ends early, at byte {reader.BytesConsumed}.");
    }

    private static JsonException Unexpected(ref Utf8JsonReader reader, string wanted) =>
        new($"Expected {wanted} at byte {reader.TokenStartIndex} of the answer, found {reader.TokenType}.");
}
