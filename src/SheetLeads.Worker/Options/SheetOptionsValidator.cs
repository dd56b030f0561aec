using Microsoft.Extensions.Options;

namespace SheetLeads.Worker.Options;

internal sealed class SheetOptionsValidator : IValidateOptions<SheetOptions>
{
    private const string S = SheetOptions.Section;

    public ValidateOptionsResult Validate(string? name, SheetOptions o)
    {
        var result = new ValidateOptionsResultBuilder();
        if (o.IsGoogle)
            Google(o.Google, result);
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

    private static void Google(GoogleSheetOptions g, ValidateOptionsResultBuilder result)
    {
        if (string.IsNullOrWhiteSpace(g.SpreadsheetId))
            result.AddError($"{S}:Google:SpreadsheetId must be the spreadsheet's id: the part of its address between /d/ and /edit.");
        else if (g.SpreadsheetId.Contains('/', StringComparison.Ordinal))
            result.AddError($"{S}:Google:SpreadsheetId must be only the id (the part of the address between /d/ and /edit), not '{g.SpreadsheetId}'.");
        if (string.IsNullOrWhiteSpace(g.CredentialsFile))
            result.AddError($"{S}:Google:CredentialsFile must name the service account's JSON key file, e.g. /run/secrets/google-sa.json.");
        if (!Uri.TryCreate(g.BaseUri, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            result.AddError($"{S}:Google:BaseUri must be an http(s) address such as https://sheets.googleapis.com/; it is '{g.BaseUri}'.");
        if (g.ReadsPerMinute < 1)
            result.AddError($"{S}:Google:ReadsPerMinute must be at least 1; it is {g.ReadsPerMinute}.");
        if (g.WritesPerMinute < 1)
            result.AddError($"{S}:Google:WritesPerMinute must be at least 1; it is {g.WritesPerMinute}.");
        if (g.MaxRetries is < 0 or > 20)
            result.AddError($"{S}:Google:MaxRetries must be from 0 to 20; it is {g.MaxRetries}.");
        if (g.RetryDelay < TimeSpan.Zero || g.RetryDelay > TimeSpan.FromMinutes(1))
            result.AddError($"{S}:Google:RetryDelay must be from 00:00:00 to 00:01:00; it is {g.RetryDelay}.");
        if (g.RequestTimeout < TimeSpan.FromSeconds(1))
            result.AddError($"{S}:Google:RequestTimeout must be at least 00:00:01; it is {g.RequestTimeout}.");
        if (g.LeaseDuration < TimeSpan.FromMinutes(1))
            result.AddError($"{S}:Google:LeaseDuration must be at least 00:01:00; it is {g.LeaseDuration}.");
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
