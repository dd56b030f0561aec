using SheetLeads.Core.Leads;
using SheetLeads.Core.Sheet;

namespace SheetLeads.Core.Tests.Support;

internal static partial class Some
{
    /// <summary>
    /// A row the worker wrote earlier: dates are real date cells in business time, the rest text. A lead whose status
    /// is past New was answered, so First response defaults to its Received then, and an active lead has its next
    /// contact booked a week after <see cref="Now"/> unless <paramref name="nextContact"/> says otherwise ("" for none).
    /// </summary>
    public static Dictionary<LeadColumn, CellValue> LeadRow(
        string id = "L-000001",
        string received = "2026-11-02 10:00",
        string source = "Email",
        string? name = "James O'Connor",
        string? email = "james@example.com",
        string? phone = null,
        string? company = null,
        string? message = "Leaking tap in the kitchen.",
        string? temperature = "Warm",
        string? status = "Contacted",
        string? owner = "Alice Hart",
        string? nextContact = null,
        string? lostReason = null,
        string? notes = null,
        string? firstResponse = null,
        string? lastEnquiry = null,
        int? enquiries = 1,
        string? flag = null,
        string? refs = null)
    {
        firstResponse ??= StatusSet.Default.RoleOf(status) == StatusRole.New ? null : received;
        nextContact ??= StatusSet.Default.RoleOf(status) == StatusRole.Active ? "2026-11-30" : "";
        var row = new Dictionary<LeadColumn, CellValue>
        {
            [LeadColumn.LeadId] = CellValue.Text(id),
            [LeadColumn.Received] = CellValue.DateTime(Local(received)),
            [LeadColumn.Source] = CellValue.Text(source),
            [LeadColumn.Name] = CellValue.Text(name),
            [LeadColumn.Email] = CellValue.Text(email),
            [LeadColumn.Phone] = CellValue.Text(phone),
            [LeadColumn.Company] = CellValue.Text(company),
            [LeadColumn.Message] = CellValue.Text(message),
            [LeadColumn.Temperature] = CellValue.Text(temperature),
            [LeadColumn.Status] = CellValue.Text(status),
            [LeadColumn.Owner] = CellValue.Text(owner),
            [LeadColumn.NextContact] = nextContact.Length == 0 ? CellValue.Empty : CellValue.Date(DateOnly.Parse(nextContact, System.Globalization.CultureInfo.InvariantCulture)),
            [LeadColumn.LostReason] = CellValue.Text(lostReason),
            [LeadColumn.Notes] = CellValue.Text(notes),
            [LeadColumn.FirstResponse] = firstResponse is null ? CellValue.Empty : CellValue.DateTime(Local(firstResponse)),
            [LeadColumn.LastEnquiry] = CellValue.DateTime(Local(lastEnquiry ?? received)),
            [LeadColumn.Enquiries] = enquiries is { } n ? CellValue.Number(n) : CellValue.Empty,
            [LeadColumn.Flag] = CellValue.Text(flag),
            [LeadColumn.Ref] = CellValue.Text(refs ?? "mail:" + id.ToLowerInvariant() + "@seed.example"),
        };
        return row;
    }

    /// <summary>A row a person typed in (a phone call): only the cells given, all as text, no Lead ID.</summary>
    public static Dictionary<LeadColumn, CellValue> TypedRow(
        string? name = null,
        string? email = null,
        string? phone = null,
        string? company = null,
        string? message = null,
        string? status = null,
        string? owner = null,
        string? source = null,
        string? received = null,
        string? notes = null)
    {
        var row = new Dictionary<LeadColumn, CellValue>
        {
            [LeadColumn.Name] = CellValue.Text(name),
            [LeadColumn.Email] = CellValue.Text(email),
            [LeadColumn.Phone] = CellValue.Text(phone),
            [LeadColumn.Company] = CellValue.Text(company),
            [LeadColumn.Message] = CellValue.Text(message),
            [LeadColumn.Status] = CellValue.Text(status),
            [LeadColumn.Owner] = CellValue.Text(owner),
            [LeadColumn.Source] = CellValue.Text(source),
            [LeadColumn.Notes] = CellValue.Text(notes),
        };
        if (received is not null)
            row[LeadColumn.Received] = CellValue.DateTime(Local(received));
        return row;
    }

    /// <summary>An in-memory Leads tab with the default header and these rows, top to bottom.</summary>
    public static InMemoryLeadSheet Sheet(params IReadOnlyDictionary<LeadColumn, CellValue>[] rows) =>
        new(LeadColumns.DefaultHeader, rows);

    /// <summary>A snapshot of a tab with this header and these rows of cells by position.</summary>
    public static SheetSnapshot Snapshot(IReadOnlyList<string> header, params CellValue[][] rows) =>
        new("test sheet", header, rows.Select((cells, i) => new SheetRow(i + 2, cells)).ToArray());
}
