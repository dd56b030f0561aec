namespace SheetLeads.Worker.Options;

/// <summary>SPEC §10 <c>SheetLeads:Business</c>: who the business is and its rules.</summary>
internal sealed class BusinessOptions
{
    public const string Section = "SheetLeads:Business";

    /// <summary>The business's name, used in messages and the Summary. Default: "SheetLeads".</summary>
    public string Name { get; set; } = "SheetLeads";

    /// <summary>IANA time zone dates are shown in. Default: UTC.</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>ISO 3166 region phone numbers without a country code are read in. Default: GB.</summary>
    public string DefaultRegion { get; set; } = "GB";

    /// <summary>The business's own mail domains (subdomains included).</summary>
    public List<string> OwnDomains { get; set; } = [];

    /// <summary>Opening hours, for response times.</summary>
    public WorkingHoursOptions WorkingHours { get; set; } = new();

    /// <summary>Working time within which a new lead should be answered. Default: 30 minutes.</summary>
    public TimeSpan ResponseTarget { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a lead may stay open before it is Stalled. Default: 30 days.</summary>
    public TimeSpan ConversionWindow { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Fields a lead needs to start as New rather than Incomplete: Name, Email, Phone, EmailOrPhone, Company, Message. Default: Name, EmailOrPhone.</summary>
    public List<string>? RequiredFields { get; set; }

    /// <summary>Statuses and their roles (New, Active, Won, Lost, Closed). Default: SPEC §4's eight.</summary>
    public List<StatusOptions>? Statuses { get; set; }

    /// <summary>The status a complete new lead starts in. Default: New.</summary>
    public string InitialStatus { get; set; } = "New";

    /// <summary>The status a lead missing a required field starts in. Default: Incomplete.</summary>
    public string IncompleteStatus { get; set; } = "Incomplete";

    /// <summary>The Lost reason dropdown. Default: SPEC §4's list.</summary>
    public List<string>? LostReasons { get; set; }

    /// <summary>Cap on the Message text. Default: 2,000 characters.</summary>
    public int MessageLimit { get; set; } = 2000;

    /// <summary>Temperature rules; each list left out keeps its default.</summary>
    public TemperatureOptions Temperature { get; set; } = new();

    public static IReadOnlyList<string> DefaultLostReasons { get; } =
        ["too expensive", "no budget", "chose competitor", "no response", "not a fit", "timing", "duplicate", "other"];
}

/// <summary>One configured status.</summary>
internal sealed class StatusOptions
{
    /// <summary>The text in the Status dropdown.</summary>
    public string Name { get; set; } = "";

    /// <summary>New, Active, Won, Lost or Closed.</summary>
    public string Role { get; set; } = "";
}

/// <summary><c>SheetLeads:Business:WorkingHours</c>.</summary>
internal sealed class WorkingHoursOptions
{
    /// <summary>Open days. Default: Mon–Fri. (Null, not a list: the binder would add to a default list, not replace it.)</summary>
    public List<string>? Days { get; set; }

    public static IReadOnlyList<string> DefaultDays { get; } = ["Mon", "Tue", "Wed", "Thu", "Fri"];

    /// <summary>Opening time. Default: 09:00.</summary>
    public string Open { get; set; } = "09:00";

    /// <summary>Closing time. Default: 17:30.</summary>
    public string Close { get; set; } = "17:30";

    /// <summary>Closed dates (yyyy-MM-dd).</summary>
    public List<string> Holidays { get; set; } = [];
}

/// <summary><c>SheetLeads:Business:Temperature</c>.</summary>
internal sealed class TemperatureOptions
{
    /// <summary>Words that make a lead Hot.</summary>
    public List<string>? HotKeywords { get; set; }

    /// <summary>Words that make a lead warmer.</summary>
    public List<string>? WarmKeywords { get; set; }

    /// <summary>Personal-mail domains (an address there is not a company).</summary>
    public List<string>? FreeMailDomains { get; set; }
}
