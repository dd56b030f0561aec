using DocumentFormat.OpenXml.Spreadsheet;

namespace SheetLeads.Worker.Tests.Workbook;

public sealed class WorkbookRangeTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task An_excel_table_holding_the_leads_grows_over_the_appended_rows()
    {
        var path = _folder.File("leads.xlsx");
        new SeedWorkbook()
            .Tab("Leads", Seed.TeamHeader,
                Seed.TeamRow("L-000001", new DateTime(2026, 11, 20, 9, 15, 0), "Ann Lee", "ann@example.com"),
                Seed.TeamRow("L-000002", new DateTime(2026, 11, 21, 9, 15, 0), "Bo Chan", "bo@example.com"))
            .AsTable()
            .Save(path);
        using var sheet = Some.Sheet(path);

        await sheet.ApplyAsync(Some.Append(Some.NewLead(3), Some.NewLead(4)), CancellationToken.None);

        using var file = XlsxFile.Open(path);
        var table = file.Part("Leads").TableDefinitionParts.Single().Table!;
        Assert.Equal("A1:T5", table.Reference!.Value);
        Assert.Equal("A1:T5", table.AutoFilter!.Reference!.Value);
    }

    [Fact]
    public async Task The_filter_on_the_header_covers_the_appended_rows()
    {
        var path = _folder.File("leads.xlsx");
        using var sheet = Some.Sheet(path);
        await sheet.ReadAsync(CancellationToken.None);

        await sheet.ApplyAsync(Some.Append(Some.NewLead(1), Some.NewLead(2)), CancellationToken.None);

        using var file = XlsxFile.Open(path);
        Assert.Equal("A1:S3", file.Sheet("Leads").GetFirstChild<AutoFilter>()!.Reference!.Value);
        var name = file.Workbook.Workbook.DefinedNames!.Elements<DefinedName>().Single();
        Assert.Equal(("_xlnm._FilterDatabase", "'Leads'!$A$1:$S$3"), (name.Name!.Value, name.Text));
    }
}
