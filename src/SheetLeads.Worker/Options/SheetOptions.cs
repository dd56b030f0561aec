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

    /// <summary>Reads per rolling minute; Google's default quota is 60 per user. Default: 60.</summary>
    public int ReadsPerMinute { get; set; } = 60;

    /// <summary>Writes per rolling minute; Google's default quota is 60 per user. Default: 60.</summary>
    public int WritesPerMinute { get; set; } = 60;

    /// <summary>Retries of a failed call (429, 5xx, no answer). Default: 6.</summary>
    public int MaxRetries { get; set; } = 6;

    /// <summary>The first retry's backoff, doubled each time with jitter, unless Google sends Retry-After. Default: 1 s.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one call may take. Default: 60 s.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long the single-writer lease lasts without renewal (SPEC §8). Default: 5 min.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);
}
