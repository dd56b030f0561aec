using SheetLeads.Core.Sheet;

namespace SheetLeads.Core.Tests.Support;

internal static partial class Some
{
    /// <summary>A row of a lead the worker wrote, in the default layout; every cell can be replaced with <c>with</c>-style arguments.</summary>
    public static Dictionary<LeadColumn, CellValue> Row(
        string id = "L-000001",
        DateTime? received = null,
        string source = "Email",
        string name = "Ann Lee",
        string email = "ann@example.com",
        string phone = "",
        string company = "",
        string message = "Please quote for a new boiler.",
        string status = "New",
        string owner = "Alice Hart",
        string notes = "",
        DateTime? lastEnquiry = null,
        int? enquiries = 1,
        string flag = "",
        string refs = "mail:ann-1@example.com")
    {
        var at = received ?? new DateTime(2026, 11, 2, 9, 30, 0);
        return new Dictionary<LeadColumn, CellValue>
        {
            [LeadColumn.LeadId] = CellValue.Text(id),
            [LeadColumn.Received] = CellValue.DateTime(at),
            [LeadColumn.Source] = CellValue.Text(source),
            [LeadColumn.Name] = CellValue.Text(name),
            [LeadColumn.Email] = CellValue.Text(email),
            [LeadColumn.Phone] = CellValue.Text(phone),
            [LeadColumn.Company] = CellValue.Text(company),
            [LeadColumn.Message] = CellValue.Text(message),
            [LeadColumn.Temperature] = CellValue.Text("Warm"),
            [LeadColumn.Status] = CellValue.Text(status),
            [LeadColumn.Owner] = CellValue.Text(owner),
            [LeadColumn.Notes] = CellValue.Text(notes),
            [LeadColumn.LastEnquiry] = CellValue.DateTime(lastEnquiry ?? at),
            [LeadColumn.Enquiries] = enquiries is { } n ? CellValue.Number(n) : CellValue.Empty,
            [LeadColumn.Flag] = CellValue.Text(flag),
            [LeadColumn.Ref] = CellValue.Text(refs),
        };
    }

    /// <summary>A row a person typed in (a phone call): no Lead ID and nothing the worker writes, unless given.</summary>
    public static Dictionary<LeadColumn, CellValue> TypedRow(
        string name = "Walk In",
        string email = "",
        string phone = "",
        string company = "",
        string message = "",
        string status = "",
        string owner = "",
        string source = "",
        string notes = "",
        DateTime? received = null) => new()
        {
            [LeadColumn.Received] = received is { } at ? CellValue.DateTime(at) : CellValue.Empty,
            [LeadColumn.Source] = CellValue.Text(source),
            [LeadColumn.Name] = CellValue.Text(name),
            [LeadColumn.Email] = CellValue.Text(email),
            [LeadColumn.Phone] = CellValue.Text(phone),
            [LeadColumn.Company] = CellValue.Text(company),
            [LeadColumn.Message] = CellValue.Text(message),
            [LeadColumn.Status] = CellValue.Text(status),
            [LeadColumn.Owner] = CellValue.Text(owner),
            [LeadColumn.Notes] = CellValue.Text(notes),
        };

    /// <summary>The Leads tab with the default header and these rows below it.</summary>
    public static SheetSnapshot Sheet(params IReadOnlyDictionary<LeadColumn, CellValue>[] rows) =>
        Sheet(LeadColumns.DefaultHeader, rows.Select(r => Cells(LeadColumns.DefaultHeader, r)).ToArray());

    /// <summary>A tab with this header and these rows of cells below it.</summary>
    public static SheetSnapshot Sheet(IReadOnlyList<string> header, params CellValue[][] rows) =>
        new("test.xlsx", header, rows.Select((cells, i) => new SheetRow(i + 2, cells)).Where(r => !r.IsBlank).ToArray());

    /// <summary>A row's cells laid out under a header; columns the header lacks are left out.</summary>
    public static CellValue[] Cells(IReadOnlyList<string> header, IReadOnlyDictionary<LeadColumn, CellValue> row)
    {
        var map = ColumnMap.FromHeader(header);
        var cells = new CellValue[header.Count];
        foreach (var (column, value) in row)
            if (map.PositionOf(column) is { } position)
                cells[position] = value;
        return cells;
    }

    /// <summary>Text cells, for rows written out by hand.</summary>
    public static CellValue[] TextCells(params string[] texts) => texts.Select(CellValue.Text).ToArray();
}
