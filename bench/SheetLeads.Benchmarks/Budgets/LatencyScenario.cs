using System.Diagnostics;
using System.Text;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using MimeKit;
using SheetLeads.Worker.Tests.Imap;

namespace SheetLeads.Benchmarks.Budgets;

/// <summary>
/// SPEC §9 "Enquiry to row": a worker in <c>run</c> on a private Dovecot and the emulated sheet; one mail at a time
/// is APPENDed to the INBOX, as a mail server delivers it, at a random moment, and the time until its row is in the
/// Leads tab is taken. With IDLE the server announces each mail; without it (a server that does not offer IDLE) the
/// mail waits for the next poll.
/// </summary>
internal static class LatencyScenario
{
    public sealed record Figures(bool Idle, TimeSpan Interval, IReadOnlyList<TimeSpan> Latencies)
    {
        public TimeSpan Median => Sorted[(Sorted.Count - 1) / 2];

        public TimeSpan Worst => Sorted[^1];

        private List<TimeSpan> Sorted => [.. Latencies.Order()];
    }

    public static async Task<Figures> RunAsync(bool idle, TimeSpan interval, int mails, string folder, TextWriter progress)
    {
        await using var dovecot = await PrivateDovecot.StartAsync(withoutIdle: !idle);
        await using var sheet = await BenchSheet.StartAsync(folder);
        var deployment = new BenchDeployment(sheet, Channels.Mailbox(dovecot), folder, interval: interval.ToString(@"hh\:mm\:ss", null));
        await deployment.RunToEndAsync("init");
        var lines = new CycleLines();
        using var worker = deployment.StartRun(lines.Add);
        try
        {
            await lines.WaitAsync(l => l.Count >= 1, TimeSpan.FromSeconds(60), "first cycle");
            using var client = new ImapClient();
            await client.ConnectAsync("127.0.0.1", dovecot.Port, SecureSocketOptions.None);
            await client.AuthenticateAsync(PrivateDovecot.User, PrivateDovecot.Password);

            var random = new Random(20261123);
            var generator = new EnquiryMails(idle ? 1 : 2);
            var latencies = new List<TimeSpan>();
            for (var i = 1; i <= mails; i++)
            {
                // Mail arrives at any moment: with polling anywhere in the interval, with IDLE a second or three apart.
                await Task.Delay(idle ? TimeSpan.FromMilliseconds(random.Next(1000, 3000)) : interval * random.NextDouble());
                var text = generator.Next(i, new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero).AddMinutes(i));
                using var message = MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(text)));
                var clock = Stopwatch.StartNew();
                await client.Inbox.AppendAsync(message);
                while (sheet.LeadRows() < i)
                {
                    if (clock.Elapsed > interval + TimeSpan.FromMinutes(1))
                        throw new TimeoutException($"mail {i} not in the sheet after {clock.Elapsed.TotalSeconds:0} s");
                    await Task.Delay(10);
                }
                latencies.Add(clock.Elapsed);
                progress.WriteLine($"  {(idle ? "IDLE" : "poll")} mail {i}: {clock.Elapsed.TotalMilliseconds:0} ms");
            }
            await client.DisconnectAsync(true);
            return new Figures(idle, interval, latencies);
        }
        finally
        {
            worker.Kill();
            await worker.WaitForExitAsync();
        }
    }
}
