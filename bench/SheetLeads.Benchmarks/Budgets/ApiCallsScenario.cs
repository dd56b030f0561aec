using SheetLeads.SheetsEmulator;

namespace SheetLeads.Benchmarks.Budgets;

/// <summary>
/// SPEC §9 "at most 1 read + 1 value write + 1 format write for any number of new enquiries up to 1,000; zero writes
/// when nothing changed": a worker in <c>run</c> on an initialised sheet, polling a mail folder every 10 s. Once its
/// start-up cycle and Summary are done, one mail makes it take the write lease (SPEC §8; the claim cycle is counted
/// apart); then N enquiry mails are dropped into the folder and the emulator counts every Sheets request until that
/// cycle has finished, then every request of the next cycle, with nothing new.
/// </summary>
internal static class ApiCallsScenario
{
    private const string SummaryWritten = "[7001]";

    public sealed record Figures(int Enquiries, string Line, IReadOnlyList<LoggedRequest> Claim, IReadOnlyList<LoggedRequest> Busy, IReadOnlyList<LoggedRequest> Idle)
    {
        public int Reads => Busy.Count(r => !r.IsWrite);

        public int ValueWrites => Busy.Count(r => r.IsWrite && r.Method.StartsWith("values.", StringComparison.Ordinal));

        public int FormatWrites => Busy.Count(r => r.IsWrite && !r.Method.StartsWith("values.", StringComparison.Ordinal));

        public int IdleWrites => Idle.Count(r => r.IsWrite);

        public bool Met => Reads <= 1 && ValueWrites <= 1 && FormatWrites <= 1 && IdleWrites == 0;

        public static string Methods(IEnumerable<LoggedRequest> requests) =>
            string.Join(", ", requests.GroupBy(r => r.Method).Select(g => g.Count() == 1 ? g.Key : $"{g.Key} ×{g.Count()}"));
    }

    public static async Task<Figures> RunAsync(int enquiries, string folder)
    {
        await using var sheet = await BenchSheet.StartAsync(folder);
        var mail = Directory.CreateDirectory(Path.Combine(folder, "mail")).FullName;
        var staging = Directory.CreateDirectory(Path.Combine(folder, "staging")).FullName;
        var mails = new EnquiryMails(enquiries);
        // Weeks old, so their flags read `No response 28d`: an age in hours would roll over in some row every few
        // minutes and rightly be rewritten (SPEC §5), which is not the quiet cycle this measures.
        var sent = TimeProvider.System.GetUtcNow().AddDays(-40);
        for (var i = 1; i <= enquiries; i++)
            await File.WriteAllTextAsync(Path.Combine(staging, $"{i:00000}.eml"), mails.Next(i, sent.AddMinutes(i)));
        var first = new EnquiryMails(0).Next(0, sent);

        var deployment = new BenchDeployment(sheet, Channels.MailFolder(mail), folder, interval: "00:00:10");
        await deployment.RunToEndAsync("init");
        var lines = new CycleLines();
        using var worker = deployment.StartRun(lines.Add);
        try
        {
            await lines.WaitAsync(l => l.Count >= 1 && l.Saw(SummaryWritten), TimeSpan.FromSeconds(60), "start-up cycle and Summary");
            // Right after a cycle the next is 10 s away: the mails all land before it looks.
            await lines.WaitAsync(l => l.Count >= 2, TimeSpan.FromSeconds(30), "a quiet cycle");
            sheet.Emulator.Requests.Clear();
            await File.WriteAllTextAsync(Path.Combine(mail, "00000.eml"), first);
            await lines.WaitAsync(l => l.Count >= 3, TimeSpan.FromSeconds(30), "the cycle taking the lease");
            var claim = SheetsRequests(sheet);
            sheet.Emulator.Requests.Clear();
            foreach (var file in Directory.GetFiles(staging))
                File.Move(file, Path.Combine(mail, Path.GetFileName(file)));
            await lines.WaitAsync(l => l.Count >= 4, TimeSpan.FromSeconds(120), "the cycle taking the mails in");
            var busy = SheetsRequests(sheet);
            var line = lines[3].Line;
            await lines.WaitAsync(l => l.Count >= 5, TimeSpan.FromSeconds(30), "the next cycle");
            var idle = SheetsRequests(sheet).Skip(busy.Count).ToList();
            if (lines[3].Taken != enquiries || sheet.LeadRows() != enquiries + 1)
                throw new InvalidOperationException($"{enquiries} enquiries but {sheet.LeadRows() - 1} rows: {line}");
            return new Figures(enquiries, line[line.IndexOf("sync ok", StringComparison.Ordinal)..], claim, busy, idle);
        }
        finally
        {
            worker.Kill();
            await worker.WaitForExitAsync();
        }
    }

    private static List<LoggedRequest> SheetsRequests(BenchSheet sheet) => [.. sheet.Emulator.Requests.All.Where(r => r.Method != "token")];
}
