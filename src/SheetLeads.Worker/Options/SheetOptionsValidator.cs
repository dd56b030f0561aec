using Microsoft.Extensions.Options;

namespace SheetLeads.Worker.Options;

internal sealed class SheetOptionsValidator : IValidateOptions<SheetOptions>
{
    private const string S = SheetOptions.Section;

    public ValidateOptionsResult Validate(string? name, SheetOptions o)
    {
        var result = new ValidateOptionsResultBuilder();
        if (o.IsGoogle)
            result.AddError($"{S}:Backend 'Google' is not available in this version yet; use 'Workbook'.");
        else if (!o.IsWorkbook)
            result.AddError($"{S}:Backend must be Workbook or Google; it is '{o.Backend}'.");
        if (o.IsWorkbook && string.IsNullOrWhiteSpace(o.Workbook.Path))
            result.AddError($"{S}:Workbook:Path must name the .xlsx file, e.g. data/leads.xlsx.");
        else if (o.IsWorkbook && !o.Workbook.Path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            result.AddError($"{S}:Workbook:Path must end in .xlsx; it is '{o.Workbook.Path}'.");
        TabName(o.LeadsTab, "LeadsTab", result);
        TabName(o.SummaryTab, "SummaryTab", result);
        if (!string.IsNullOrWhiteSpace(o.SummaryTab) && o.SummaryTab.Trim().Equals((o.LeadsTab ?? "").Trim(), StringComparison.OrdinalIgnoreCase))
            result.AddError($"{S}:SummaryTab must differ from {S}:LeadsTab; both are '{o.LeadsTab}'.");
        return result.Build();
    }

    // Spreadsheet tab names: 1-31 characters, none of : \ / ? * [ ] (Excel refuses to open a file breaking this).
    private static void TabName(string? name, string key, ValidateOptionsResultBuilder result)
    {
        if (string.IsNullOrWhiteSpace(name))
            result.AddError($"{S}:{key} must not be empty.");
        else if (name.Trim().Length > 31 || name.IndexOfAny([':', '\\', '/', '?', '*', '[', ']']) >= 0)
            result.AddError($"{S}:{key} must be 1 to 31 characters without : \\ / ? * [ ]; it is '{name}'.");
    }
}
