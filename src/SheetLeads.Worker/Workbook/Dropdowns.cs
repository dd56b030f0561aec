using DocumentFormat.OpenXml.Spreadsheet;

namespace SheetLeads.Worker.Workbook;

/// <summary>List validation (a dropdown) on the data cells of a column.</summary>
internal static class Dropdowns
{
    // Excel refuses a list typed into the validation itself when it is longer than this.
    private const int MaxListLength = 255;

    /// <summary>What <see cref="Ensure"/> did.</summary>
    public enum Change
    {
        /// <summary>The column already has a validation (the team's or an earlier init's).</summary>
        None,
        /// <summary>A dropdown was added.</summary>
        Added,
        /// <summary>The values cannot be written as a dropdown list (too long, or a value holds a comma).</summary>
        Impossible,
    }

    /// <summary>Adds a dropdown of <paramref name="values"/> under the header of the column at <paramref name="position"/>.</summary>
    public static Change Ensure(Worksheet worksheet, int position, IReadOnlyList<string> values)
    {
        if (Covered(worksheet).Any(range => range.From <= position && position <= range.To))
            return Change.None;
        var list = string.Join(",", values.Select(v => v.Replace("\"", "\"\"", StringComparison.Ordinal)));
        if (list.Length > MaxListLength || values.Any(v => v.Contains(',', StringComparison.Ordinal)))
            return Change.Impossible;
        var validations = worksheet.GetFirstChild<DataValidations>();
        if (validations is null)
        {
            validations = new DataValidations();
            worksheet.AddChild(validations);
        }
        var column = CellAddress.Column(position);
        validations.AppendChild(new DataValidation
        {
            Type = DataValidationValues.List,
            AllowBlank = true,
            ShowErrorMessage = true,
            // A warning, not a refusal: a person may still type a value the list lacks.
            ErrorStyle = DataValidationErrorStyleValues.Warning,
            SequenceOfReferences = new() { InnerText = $"{column}2:{column}{CellAddress.LastRow}" },
            Formula1 = new Formula1("\"" + list + "\""),
        });
        validations.Count = (uint)validations.Elements<DataValidation>().Count();
        return Change.Added;
    }

    // Validations live in the worksheet's dataValidations and, for lists on other tabs, in an x14 extension.
    private static IEnumerable<(int From, int To)> Covered(Worksheet worksheet)
    {
        var references = worksheet.Elements<DataValidations>().SelectMany(v => v.Elements<DataValidation>())
            .Select(v => v.SequenceOfReferences?.InnerText ?? "")
            .Concat((worksheet.GetFirstChild<WorksheetExtensionList>()?.Descendants() ?? []).Where(e => e.LocalName == "sqref" && e.Parent?.LocalName == "dataValidation").Select(e => e.InnerText));
        foreach (var range in references.SelectMany(r => r.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
        {
            var ends = range.Split(':');
            if (CellAddress.ColumnOf(ends[0]) is { } from)
                yield return (from, CellAddress.ColumnOf(ends[^1]) ?? from);
        }
    }
}
