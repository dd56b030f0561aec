namespace SheetLeads.Worker.Options;

/// <summary>SPEC §10 <c>SheetLeads:Sheet</c>: where the leads are kept.</summary>
internal sealed class SheetOptions
{
    public const string Section = "SheetLeads:Sheet";

    /// <summary><c>Workbook</c> (a local .xlsx, the default) or <c>Google</c>.</summary>
    public string Backend { get; set; } = "Workbook";

    /// <summary>The local workbook.</summary>
    public WorkbookOptions Workbook { get; set; } = new();

    /// <summary>The Google spreadsheet.</summary>
    public GoogleSheetOptions Google { get; set; } = new();

    /// <summary>The Leads tab's name. Default: Leads.</summary>
    public string LeadsTab { get; set; } = "Leads";

    /// <summary>The Summary tab's name. Default: Summary.</summary>
    public string SummaryTab { get; set; } = "Summary";

    public bool IsWorkbook => Backend.Equals("Workbook", StringComparison.OrdinalIgnoreCase);

    public bool IsGoogle => Backend.Equals("Google", StringComparison.OrdinalIgnoreCase);
}

/// <summary><c>SheetLeads:Sheet:Workbook</c>.</summary>
internal sealed class WorkbookOptions
{
    /// <summary>The .xlsx file, relative to the config file's folder. Default: data/leads.xlsx.</summary>
    public string Path { get; set; } = "data/leads.xlsx";
}

/// <summary><c>SheetLeads:Sheet:Google</c>.</summary>
internal sealed class GoogleSheetOptions
{
    /// <summary>The spreadsheet's id (from its URL).</summary>
    public string? SpreadsheetId { get; set; }

    /// <summary>The service-account key file.</summary>
    public string? CredentialsFile { get; set; }

    /// <summary>The Sheets API base address (change it only for an emulator).</summary>
    public string BaseUri { get; set; } = "https://sheets.googleapis.com/";
}
