namespace SheetLeads.Worker.Tests.Workbook;

/// <summary>Special cell contents for <see cref="SeedWorkbook"/> rows (plain strings, numbers, DateTime, DateOnly and bool need none).</summary>
internal abstract record Seed
{
    /// <summary>A string kept in the shared string table, as Excel saves text.</summary>
    public sealed record Shared(string Text) : Seed;

    /// <summary>Rich text: runs of differently formatted text.</summary>
    public sealed record Rich(params string[] Runs) : Seed;

    /// <summary>A formula with the value it last calculated (a string).</summary>
    public sealed record Formula(string Expression, string Cached) : Seed;

    /// <summary>Text in a cell the team styled (a yellow fill).</summary>
    public sealed record Highlighted(string Text) : Seed;

    /// <summary>The default header with the team's habits: "E-mail" for Email and their own "Budget" column after Company.</summary>
    public static IReadOnlyList<string> TeamHeader { get; } =
    [
        "Lead ID", "Received", "Source", "Name", "E-mail", "Phone", "Company", "Budget", "Message", "Temperature", "Status",
        "Owner", "Next contact", "Lost reason", "Notes", "First response", "Last enquiry", "Enquiries", "Flag", "Ref",
    ];

    /// <summary>A row under <see cref="TeamHeader"/>.</summary>
    public static object?[] TeamRow(string? id, DateTime? received, string name, string email, string phone = "", string budget = "",
        string status = "New", string notes = "", string refs = "") =>
    [
        id, received, "Email", name, email, phone, "", budget, "Hello", "Warm", status, "Alice Hart", null, null, notes, null,
        received, id is null ? null : 1, null, refs,
    ];
}
