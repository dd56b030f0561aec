using Microsoft.Extensions.Logging.Abstractions;
using SheetLeads.Core.Leads;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Sheet;
using SheetLeads.Worker.Workbook;

namespace SheetLeads.Worker.Tests.Workbook;

/// <summary>Builders for the workbook tests.</summary>
internal static class Some
{
    public static SheetLayout Layout(IReadOnlyList<string>? owners = null) => new(
        "Leads", "Summary",
        ["New", "Incomplete", "Contacted", "Qualified", "Proposal", "Won", "Lost", "Unqualified"],
        owners ?? ["Alice Hart", "Bob Stone"],
        ["Too expensive", "No budget", "Chose competitor", "No response", "Not a fit", "Timing", "Duplicate", "Other"],
        (owners ?? ["Alice Hart", "Bob Stone"]).Select(o => new TeamMember(o, o.Split(' ')[0].ToLowerInvariant() + "@example.com", false)).ToArray());

    /// <summary>What init reports when it adds the Team tab of <see cref="Layout"/>.</summary>
    public static string TeamAdded(string path, int members = 2) =>
        $"Added a Team tab to {path} with {members} member(s): the team keeps it (Away, new members), and each cycle reads it";

    public static WorkbookLeadSheet Sheet(string path, SheetLayout? layout = null) =>
        new(path, layout ?? Layout(), NullLogger<WorkbookLeadSheet>.Instance);

    public static LeadId Id(int number) => new(number);

    public static SheetChangePlan Append(params NewLeadRow[] rows) => new(rows, []);

    public static SheetChangePlan Change(RowTarget target, params CellChange[] changes) => new([], [new RowChange(target, changes)]);

    public static RowWithLeadId Lead(int number) => new(new LeadId(number));

    public static CellChange Fill(LeadColumn column, string text) => new(column, CellChangeKind.Fill, CellValue.Text(text));

    public static CellChange AppendLine(LeadColumn column, string line) => new(column, CellChangeKind.AppendLine, CellValue.Text(line));

    public static CellChange Set(LeadColumn column, CellValue value) => new(column, CellChangeKind.Set, value);

    public static NewLeadRow NewLead(int number, string name = "Ann Lee", string email = "ann@example.com", DateTime? received = null) =>
        new(new LeadId(number), new Dictionary<LeadColumn, CellValue>
        {
            [LeadColumn.LeadId] = CellValue.Text(new LeadId(number).ToString()),
            [LeadColumn.Received] = CellValue.DateTime(received ?? new DateTime(2026, 11, 22, 10, 4, 0)),
            [LeadColumn.Source] = CellValue.Text("Email"),
            [LeadColumn.Name] = CellValue.Text(name),
            [LeadColumn.Email] = CellValue.Text(email),
            [LeadColumn.Status] = CellValue.Text("New"),
            [LeadColumn.Enquiries] = CellValue.Number(1),
            [LeadColumn.Ref] = CellValue.Text("mail:" + number + "@example.com"),
        });

    /// <summary>A Leads tab as the team keeps it: two leads, a lead typed in by hand, their Budget column and a Team notes tab.</summary>
    public static void TeamWorkbook(string path) =>
        new SeedWorkbook()
            .Tab("Leads", Seed.TeamHeader,
                Seed.TeamRow("L-000001", new DateTime(2026, 11, 20, 9, 15, 0), "Ann Lee", "ann@example.com", budget: "5000", refs: "mail:a1@example.com"),
                Seed.TeamRow("L-000002", new DateTime(2026, 11, 21, 14, 30, 0), "Bo Chan", "bo@example.com", notes: "Called back", refs: "mail:b2@example.com"),
                Seed.TeamRow(null, null, "Cy Walker", "", phone: "07700 900456", status: ""))
            .Rows("Team notes", ["Remember"], ["Boiler season"])
            .WithTeamSettings()
            .Save(path);
}
