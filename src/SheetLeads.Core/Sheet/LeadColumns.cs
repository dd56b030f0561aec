namespace SheetLeads.Core.Sheet;

/// <summary>Header texts and aliases of the Leads tab (SPEC §4). Headers are matched case-insensitively.</summary>
public static class LeadColumns
{
    /// <summary>Each column's default header followed by the aliases a team may rename it to.</summary>
    public static IReadOnlyDictionary<LeadColumn, IReadOnlyList<string>> Headers { get; } = new Dictionary<LeadColumn, IReadOnlyList<string>>
    {
        [LeadColumn.LeadId] = ["Lead ID", "Lead Id", "Lead-ID", "ID"],
        [LeadColumn.Received] = ["Received", "Received at", "Date received"],
        [LeadColumn.Source] = ["Source", "Channel"],
        [LeadColumn.Name] = ["Name", "Full name", "Customer", "Contact"],
        [LeadColumn.Email] = ["Email", "E-mail", "Email address", "E-mail address"],
        [LeadColumn.Phone] = ["Phone", "Phone number", "Tel", "Telephone", "Mobile"],
        [LeadColumn.Company] = ["Company", "Organisation", "Organization", "Business"],
        [LeadColumn.Message] = ["Message", "Enquiry", "Inquiry"],
        [LeadColumn.Temperature] = ["Temperature", "Temp", "Heat"],
        [LeadColumn.Status] = ["Status", "Stage"],
        [LeadColumn.Owner] = ["Owner", "Assigned to"],
        [LeadColumn.NextContact] = ["Next contact", "Next contact date", "Follow up", "Follow-up"],
        [LeadColumn.LostReason] = ["Lost reason", "Reason lost"],
        [LeadColumn.Notes] = ["Notes", "Note", "Comments"],
        [LeadColumn.FirstResponse] = ["First response", "First reply", "Responded"],
        [LeadColumn.LastEnquiry] = ["Last enquiry", "Last inquiry", "Last contact from customer"],
        [LeadColumn.Enquiries] = ["Enquiries", "Inquiries", "Enquiry count"],
        [LeadColumn.Flag] = ["Flag", "Flags", "Alert"],
        [LeadColumn.Ref] = ["Ref", "Refs", "Reference", "References"],
    };

    /// <summary>A column's default header with its aliases, for messages: <c>'Status' (or 'Stage')</c>.</summary>
    public static string Described(LeadColumn column)
    {
        var aliases = Headers[column].Skip(1).Select(a => $"'{a}'").ToArray();
        return aliases.Length == 0 ? $"'{HeaderOf(column)}'" : $"'{HeaderOf(column)}' (or {string.Join(", ", aliases)})";
    }

    /// <summary>The default header of a column.</summary>
    public static string HeaderOf(LeadColumn column) => Headers[column][0];

    /// <summary>The default header row, in SPEC order.</summary>
    public static IReadOnlyList<string> DefaultHeader { get; } = Enum.GetValues<LeadColumn>().Select(HeaderOf).ToArray();

    /// <summary>
    /// Columns the worker cannot work without: identity, idempotency and everything a customer told us. A sheet
    /// missing one is refused rather than written half-way. The others (computed by the worker or optional to the
    /// team) are skipped with a warning when absent.
    /// </summary>
    public static IReadOnlySet<LeadColumn> Required { get; } = new HashSet<LeadColumn>
    {
        LeadColumn.LeadId, LeadColumn.Received, LeadColumn.Source, LeadColumn.Name, LeadColumn.Email, LeadColumn.Phone,
        LeadColumn.Company, LeadColumn.Message, LeadColumn.Status, LeadColumn.Owner, LeadColumn.Notes,
        LeadColumn.Enquiries, LeadColumn.Ref,
    };

    /// <summary>Columns only the team changes once a lead exists; the worker fills them only while empty.</summary>
    public static IReadOnlySet<LeadColumn> TeamOwned { get; } = new HashSet<LeadColumn>
    {
        LeadColumn.Status, LeadColumn.Owner, LeadColumn.NextContact, LeadColumn.LostReason, LeadColumn.Notes,
    };

    /// <summary>Columns that hold date-times (Next contact holds a date).</summary>
    public static bool IsDateTime(LeadColumn column) =>
        column is LeadColumn.Received or LeadColumn.FirstResponse or LeadColumn.LastEnquiry;
}
