using SheetLeads.Worker.Tests.Imap;

namespace SheetLeads.Benchmarks.Budgets;

/// <summary>
/// A mailbox backlog taken in by a fresh worker: N enquiry mails in a private Dovecot's INBOX, an initialised Google
/// sheet on the emulator, <c>run</c> started and timed until its cycles have taken all N in (SPEC §9's backfill),
/// then left to poll an unchanged mailbox and sheet: the CPU of those idle cycles and the memory it settles at.
/// Beside it, a bare MailKit fetch of the same mailbox.
/// </summary>
internal static class BackfillScenario
{
    public sealed record Figures(
        int Mails, TimeSpan Backfill, TimeSpan Bare, int Rows, int Cycles, double PeakRssMb,
        int IdleCycles, int SettleCycles, TimeSpan IdleCpuPerCycle, double SteadyRssMb, string LastIdleLine)
    {
        public double Ratio => Backfill / Bare;
    }

    public static async Task<Figures> RunAsync(int mails, int idleCycles, string folder, TextWriter progress, int settleCycles, string interval)
    {
        await using var dovecot = await PrivateDovecot.StartAsync();
        var generator = new EnquiryMails(mails);
        var sent = new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);
        await dovecot.DeliverAsync(Enumerable.Range(1, mails).Select(i => generator.Next(i, sent.AddMinutes(i))));
        await BareFetch.WarmAsync(dovecot);
        var bare = await BareFetch.RunAsync(dovecot);
        if (bare.Messages != mails)
            throw new InvalidOperationException($"MailKit fetched {bare.Messages} of {mails} messages");
        progress.WriteLine($"  bare MailKit fetch of {mails}: {bare.Elapsed.TotalSeconds:0.0} s");

        await using var sheet = await BenchSheet.StartAsync(folder);
        var deployment = new BenchDeployment(sheet, Channels.Mailbox(dovecot), folder, interval);
        await deployment.RunToEndAsync("init");

        var lines = new CycleLines();
        using var worker = deployment.StartRun(lines.Add);
        try
        {
            await lines.WaitAsync(l => l.TakenSoFar >= mails, TimeSpan.FromMinutes(10), $"backfill of {mails}");
            var cycles = lines.Count;
            var backfill = lines[cycles - 1].At;
            var peak = ProcessProbe.PeakRssMb(worker.Id);
            progress.WriteLine($"  worker backfill of {mails}: {backfill.TotalSeconds:0.0} s in {cycles} cycles, peak RSS {peak:0} MB");

            // Idle cycles to settle, then the measured ones.
            await lines.WaitAsync(l => l.Count >= cycles + settleCycles, TimeSpan.FromSeconds(60 + 20 * settleCycles), $"{settleCycles} idle cycles to settle");
            var from = lines.Count;
            var cpu = ProcessProbe.Cpu(worker.Id);
            await lines.WaitAsync(l => l.Count >= from + idleCycles, TimeSpan.FromSeconds(20 * idleCycles), $"{idleCycles} idle cycles");
            var idleCpu = (ProcessProbe.Cpu(worker.Id) - cpu) / idleCycles;
            var steady = ProcessProbe.RssMb(worker.Id);
            var last = lines[lines.Count - 1].Line;
            last = last[last.IndexOf("sync ok", StringComparison.Ordinal)..];
            progress.WriteLine($"  {idleCycles} idle cycles after {settleCycles}: {idleCpu.TotalMilliseconds:0} ms CPU each, RSS {steady:0} MB; {last}");
            worker.Kill();
            await worker.WaitForExitAsync();
            return new Figures(mails, backfill, bare.Elapsed, sheet.LeadRows(), cycles, peak, idleCycles, settleCycles, idleCpu, steady, last);
        }
        finally
        {
            if (!worker.HasExited)
                worker.Kill();
        }
    }
}
