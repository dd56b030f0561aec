using System.Diagnostics;
using System.Security.Cryptography;
using SheetLeads.Core.Intake;
using SheetLeads.Core.Sync;
using SheetLeads.Worker.MailFolder;

namespace SheetLeads.Worker.Tests.MailFolder;

public sealed class MailFolderChannelTests : IDisposable
{
    private readonly MailFolderFixture _folder = new();

    public void Dispose() => _folder.Dispose();

    private static IEnumerable<MailItem> Mails(ChannelBatch batch) => batch.Items.Cast<MailItem>();

    [Fact]
    public async Task Every_eml_file_below_the_folder_and_every_Maildir_message_is_read_and_nothing_else()
    {
        _folder.Write("a.eml", MailFolderFixture.Mail("a@x"));
        _folder.Write("2026/11/b.EML", MailFolderFixture.Mail("b@x"));
        _folder.Write("box/cur/1795000000.M1P2.host:2,S", MailFolderFixture.Mail("c@x"));
        _folder.Write("box/new/1795000001.M3P4.host", MailFolderFixture.Mail("d@x"));
        _folder.Write("box/tmp/1795000002.M5P6.host", MailFolderFixture.Mail("being-written@x"));
        _folder.Write("notes.txt", "not a mail");
        _folder.Write(".draft.eml", MailFolderFixture.Mail("hidden@x"));

        var batch = await _folder.Channel().ReadAsync(100, CancellationToken.None);

        Assert.Equal(
            ["2026/11/b.EML", "a.eml", "box/cur/1795000000.M1P2.host:2,S", "box/new/1795000001.M3P4.host"],
            batch.Items.Select(i => i.Origin).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_file_becomes_the_mail_it_holds_delivered_at_the_files_time()
    {
        var modified = new DateTimeOffset(2026, 11, 19, 9, 0, 30, TimeSpan.Zero);
        _folder.Write("017-quote.eml", MailFolderFixture.Mail("quote@example.org", subject: "Boiler quote"), modified);

        var mail = Mails(await _folder.Channel().ReadAsync(100, CancellationToken.None)).Single();

        Assert.Equal(("017-quote.eml", "quote@example.org", "Boiler quote", modified), (mail.Origin, mail.Message.MessageId, mail.Message.Subject, mail.Message.DeliveredAt));
    }

    [Fact]
    public async Task A_file_taken_in_is_not_read_again_once_its_checkpoint_is_committed()
    {
        _folder.Write("a.eml", MailFolderFixture.Mail("a@x"));
        var channel = _folder.Channel();
        var first = await channel.ReadAsync(100, CancellationToken.None);

        await _folder.CommitAsync(first);
        var second = await channel.ReadAsync(100, CancellationToken.None);

        Assert.Single(first.Items);
        Assert.Empty(second.Items);
    }

    [Fact]
    public async Task A_file_read_but_not_committed_is_read_again()
    {
        _folder.Write("a.eml", MailFolderFixture.Mail("a@x"));
        var channel = _folder.Channel();
        await channel.ReadAsync(100, CancellationToken.None);

        var again = await channel.ReadAsync(100, CancellationToken.None);

        Assert.Single(again.Items);
    }

    [Fact]
    public async Task A_file_changed_after_it_was_taken_in_is_read_again()
    {
        var path = _folder.Write("a.eml", MailFolderFixture.Mail("a@x"), new DateTimeOffset(2026, 11, 19, 9, 0, 0, TimeSpan.Zero));
        var channel = _folder.Channel();
        await _folder.CommitAsync(await channel.ReadAsync(100, CancellationToken.None));

        _folder.Write("a.eml", MailFolderFixture.Mail("a-edited@x"), new DateTimeOffset(2026, 11, 19, 9, 5, 0, TimeSpan.Zero));
        var again = await channel.ReadAsync(100, CancellationToken.None);

        Assert.Equal("a-edited@x", Mails(again).Single().Message.MessageId);
        Assert.True(File.Exists(path));
    }

    [Fact]
    public async Task The_limit_leaves_the_rest_oldest_first_for_the_next_cycle()
    {
        for (var i = 0; i < 3; i++)
            _folder.Write($"m{i}.eml", MailFolderFixture.Mail($"m{i}@x"), new DateTimeOffset(2026, 11, 19, 9, i, 0, TimeSpan.Zero));
        var channel = _folder.Channel();

        var first = await channel.ReadAsync(2, CancellationToken.None);
        await _folder.CommitAsync(first);
        var second = await channel.ReadAsync(2, CancellationToken.None);

        Assert.Equal(["m0.eml", "m1.eml"], first.Items.Select(i => i.Origin));
        Assert.True(first.HasMore);
        Assert.Equal(["m2.eml"], second.Items.Select(i => i.Origin));
        Assert.False(second.HasMore);
    }

    [Fact]
    public async Task An_unreadable_file_is_a_problem_kept_out_of_the_checkpoint_and_read_once_it_can_be()
    {
        // A link to a file that is not there cannot be opened even by root, unlike chmod 000.
        var target = Path.Combine(_folder.Root, "arrives-later.eml");
        File.CreateSymbolicLink(Path.Combine(_folder.Folder, "017-x.eml"), target);
        _folder.Write("018-ok.eml", MailFolderFixture.Mail("ok@x"));
        var channel = _folder.Channel();

        var first = await channel.ReadAsync(100, CancellationToken.None);
        await _folder.CommitAsync(first);
        await File.WriteAllTextAsync(target, MailFolderFixture.Mail("late@x"));
        var second = await channel.ReadAsync(100, CancellationToken.None);

        Assert.Equal(["018-ok.eml"], first.Items.Select(i => i.Origin));
        Assert.Equal(["018-ok.eml"], first.Checkpoint.Entries.Keys);
        var problem = Assert.Single(first.Problems);
        Assert.StartsWith("cannot read 017-x.eml: ", problem, StringComparison.Ordinal);
        Assert.EndsWith("; it will be tried again next cycle", problem, StringComparison.Ordinal);
        Assert.Equal("late@x", Mails(second).Single().Message.MessageId);
        Assert.Empty(second.Problems);
    }

    [Fact]
    public async Task A_FIFO_in_the_folder_does_not_block_the_channel()
    {
        var fifo = Path.Combine(_folder.Folder, "pipe.eml");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
            await mkfifo.WaitForExitAsync();
        _folder.Write("ok.eml", MailFolderFixture.Mail("ok@x"));

        var batch = await _folder.Channel().ReadAsync(100, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        var pipe = Mails(batch).Single(m => m.Origin == "pipe.eml");
        Assert.False(pipe.Message.HasHeaders);
        Assert.Contains(Mails(batch), m => m.Message.MessageId == "ok@x");
    }

    [Fact]
    public async Task Garbage_in_the_folder_becomes_an_unparseable_mail_not_an_exception()
    {
        var bytes = new byte[2048];
        new Random(7).NextBytes(bytes);
        _folder.Write("garbage.eml", bytes);

        var batch = await _folder.Channel().ReadAsync(100, CancellationToken.None);

        Assert.False(Mails(batch).Single().Message.HasHeaders);
    }

    [Fact]
    public async Task A_file_larger_than_the_parse_limit_is_read_from_its_start_and_referenced_by_the_digest_of_all_of_it()
    {
        var head = System.Text.Encoding.ASCII.GetBytes("From: Dan Webb <dan.webb@example.org>\r\nSubject: Plans\r\nContent-Type: text/plain\r\n\r\nPlans attached.\r\n");
        var bytes = new byte[MailFileReader.ParsedBytes + 1024];
        bytes.AsSpan().Fill((byte)'x');
        head.CopyTo(bytes, 0);
        _folder.Write("big.eml", bytes);

        var mail = Mails(await _folder.Channel().ReadAsync(100, CancellationToken.None)).Single().Message;

        Assert.Equal(("Plans", Convert.ToHexStringLower(SHA256.HashData(bytes))), (mail.Subject, mail.RawDigest));
    }

    [Fact]
    public async Task Acknowledging_leaves_the_files_where_they_are()
    {
        var path = _folder.Write("a.eml", MailFolderFixture.Mail("a@x"));
        var channel = _folder.Channel();
        var batch = await channel.ReadAsync(100, CancellationToken.None);

        await channel.AcknowledgeAsync(batch, [], CancellationToken.None);

        Assert.Equal(MailFolderFixture.Mail("a@x").Replace("\n", "\r\n", StringComparison.Ordinal), await File.ReadAllTextAsync(path));
    }

    [Fact]
    public async Task Reading_a_folder_that_does_not_exist_is_a_channel_failure_naming_the_folder()
    {
        Directory.Delete(_folder.Folder);

        var error = await Assert.ThrowsAsync<ChannelException>(() => _folder.Channel().ReadAsync(100, CancellationToken.None));

        Assert.Contains(_folder.Folder, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_says_the_folder_can_be_read_and_how_many_files_wait()
    {
        _folder.Write("a.eml", MailFolderFixture.Mail("a@x"));
        _folder.Write("b.eml", MailFolderFixture.Mail("b@x"));

        var verdict = Assert.Single(await _folder.Channel().CheckAsync(CancellationToken.None));

        Assert.Equal(("channel mail", true), (verdict.Subject, verdict.Ok));
        Assert.Contains("2 mail files are waiting", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_fails_for_a_missing_folder_and_names_it()
    {
        Directory.Delete(_folder.Folder);

        var verdict = Assert.Single(await _folder.Channel().CheckAsync(CancellationToken.None));

        Assert.False(verdict.Ok);
        Assert.Contains(_folder.Folder, verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_log_line_carries_a_customers_address_or_words()
    {
        File.CreateSymbolicLink(Path.Combine(_folder.Folder, "broken.eml"), Path.Combine(_folder.Root, "missing.eml"));
        _folder.Write("a.eml", MailFolderFixture.Mail("a@x", subject: "Boiler quote"));
        var logger = new CollectingLogger<MailFolderChannel>();

        await _folder.Channel(logger).ReadAsync(100, CancellationToken.None);

        Assert.NotEmpty(logger.Lines);
        Assert.DoesNotContain(logger.Lines, l => l.Contains("dan.webb", StringComparison.OrdinalIgnoreCase)
            || l.Contains("Boiler", StringComparison.Ordinal) || l.Contains("Please call", StringComparison.Ordinal));
    }
}
