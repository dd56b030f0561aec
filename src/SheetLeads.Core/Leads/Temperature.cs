namespace SheetLeads.Core.Leads;

/// <summary>How promising a new lead looks (SPEC §2).</summary>
public enum Temperature
{
    /// <summary>Unlikely or vague.</summary>
    Cold,
    /// <summary>A real enquiry.</summary>
    Warm,
    /// <summary>Urgent or ready to buy.</summary>
    Hot,
}
