using SheetLeads.Core.Summary;
using SheetLeads.Worker.Tests.Workbook;

namespace SheetLeads.Worker.Tests.EndToEnd;

/// <summary><c>sync --once</c> refreshes the Summary tab after its cycle (SPEC §6), outside its summary line.</summary>
public sealed class SummaryTabTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sheetleads-summary-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Sync_once_on_the_demo_writes_a_summary_with_the_key_figures_of_the_spec()
    {
        File.Copy(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), Path.Combine(_folder, "appsettings.json"));
        CopyFolder(Path.Combine(AppContext.BaseDirectory, "demo"), Path.Combine(_folder, "demo"));

        var run = await WorkerProcess.RunAsync(_folder, null, "sync", "--once", "--config", Path.Combine(_folder, "appsettings.json"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("sync ok: taken=11 created=6 merged=3 duplicate=0 skipped=2 (auto-reply=1 bulk=1) flagged=", run.SummaryLine);
        using var file = XlsxFile.Open(Path.Combine(_folder, "data", "leads.xlsx"));
        Assert.Equal(["Leads", "Summary", "Team"], file.TabNames);
        var column = Enumerable.Range(1, 200).Select(n => (Row: n, Text: file.Text("Summary", "A" + n))).ToArray();
        Assert.Equal(SummaryLabels.KeyFigures, column[0].Text); // no alert: every channel was just read
        Assert.Equal(SummaryLabels.KeyFigureLabels, column.Skip(1).Take(13).Select(c => c.Text));
        string Figure(string label) => file.Text("Summary", "B" + column.Single(c => c.Text == label).Row);
        Assert.Equal(("6", "6", "0"), (Figure(SummaryLabels.OpenLeads), Figure(SummaryLabels.WaitingForFirstResponse), Figure(SummaryLabels.WonThisMonth)));
        Assert.Equal(("", ""), (Figure(SummaryLabels.MedianFirstResponse), Figure(SummaryLabels.ConversionThisMonth))); // nobody answered or won yet
        Assert.Equal("0.0", file.FormatCode(file.Cell("Summary", "B" + column.Single(c => c.Text == SummaryLabels.MedianFirstResponse).Row)!));
        Assert.Equal("builtin 9", file.FormatCode(file.Cell("Summary", "B" + column.Single(c => c.Text == SummaryLabels.AnsweredWithinTarget).Row)!));
        var health = column.Single(c => c.Text == SummaryLabels.ChannelHealth).Row;
        Assert.Equal(["Channel", "Last success", "Taken today", "Skipped today", "Last error"], file.Row("Summary", health + 1));
        var mail = file.Row("Summary", health + 2);
        var forms = file.Row("Summary", health + 3);
        Assert.Equal(("demo-mail", "2 (auto-reply=1 bulk=1)"), (mail[0], mail[3]));
        Assert.Equal(("demo-forms", "0"), (forms[0], forms[3]));
        Assert.Equal(9, int.Parse(mail[2], System.Globalization.CultureInfo.InvariantCulture) + int.Parse(forms[2], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("Summary written to", run.Stderr);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
