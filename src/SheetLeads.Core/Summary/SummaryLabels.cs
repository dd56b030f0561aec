namespace SheetLeads.Core.Summary;

/// <summary>The words of the Summary tab that SPEC §6 fixes: the Key figures labels and the table titles.</summary>
public static class SummaryLabels
{
    /// <summary>The title of the Key figures block.</summary>
    public const string KeyFigures = "Key figures";

    /// <summary>Leads with a status of role new or active.</summary>
    public const string OpenLeads = "Open leads";

    /// <summary>Leads received today.</summary>
    public const string ArrivedToday = "Arrived today";

    /// <summary>Leads received this week (from Monday).</summary>
    public const string ArrivedThisWeek = "Arrived this week";

    /// <summary>Leads received this calendar month.</summary>
    public const string ArrivedThisMonth = "Arrived this month";

    /// <summary>New leads nobody has answered yet.</summary>
    public const string WaitingForFirstResponse = "Waiting for first response";

    /// <summary>Median working time to first response, last 30 days.</summary>
    public const string MedianFirstResponse = "Median first response (working hours)";

    /// <summary>90th percentile of working time to first response, last 30 days.</summary>
    public const string Percentile90FirstResponse = "90th percentile first response (working hours)";

    /// <summary>Share answered within the response target, last 30 days.</summary>
    public const string AnsweredWithinTarget = "Answered within target";

    /// <summary>Active leads whose Next contact is before today.</summary>
    public const string Overdue = "Overdue";

    /// <summary>Active leads with no Next contact.</summary>
    public const string NoNextStep = "No next step";

    /// <summary>Open leads received longer ago than the conversion window.</summary>
    public const string PastConversionWindow = "Past conversion window";

    /// <summary>Won leads received this month.</summary>
    public const string WonThisMonth = "Won this month";

    /// <summary>Won ÷ (won + lost + unqualified) of the leads received this month.</summary>
    public const string ConversionThisMonth = "Conversion this month";

    /// <summary>Every Key figures label in the order the block lists them.</summary>
    public static IReadOnlyList<string> KeyFigureLabels { get; } =
    [
        OpenLeads, ArrivedToday, ArrivedThisWeek, ArrivedThisMonth, WaitingForFirstResponse, MedianFirstResponse,
        Percentile90FirstResponse, AnsweredWithinTarget, Overdue, NoNextStep, PastConversionWindow, WonThisMonth,
        ConversionThisMonth,
    ];

    /// <summary>Open leads by status.</summary>
    public const string ByStatus = "By status";

    /// <summary>Leads, won, lost, unqualified and conversion per source, all time.</summary>
    public const string BySource = "By source";

    /// <summary>The same for the leads received this month.</summary>
    public const string BySourceThisMonth = "By source this month";

    /// <summary>Response times per source.</summary>
    public const string ResponseTimeBySource = "Response time by source";

    /// <summary>Response times per owner.</summary>
    public const string ResponseTimeByOwner = "Response time by owner";

    /// <summary>Per owner: open, overdue, no next step, oldest untouched.</summary>
    public const string ByOwner = "By owner";

    /// <summary>What falls due within a day.</summary>
    public const string NeedsAction = "Needs action in the next 24 hours";

    /// <summary>Open leads past the conversion window.</summary>
    public const string PastConversionWindowTable = "Past conversion window";

    /// <summary>Lost leads by reason.</summary>
    public const string LostReasons = "Lost reasons";

    /// <summary>Late leads with a link to their row.</summary>
    public const string OverdueAndStale = "Overdue and stale";

    /// <summary>Per channel: last success, taken and skipped today, last error.</summary>
    public const string ChannelHealth = "Channel health";

    /// <summary>What the row colours of the Leads tab mean.</summary>
    public const string ColourLegend = "Colour legend";

    /// <summary>Leads per week by source, last 12 weeks.</summary>
    public const string LeadsPerWeek = "Leads per week by source";
}
