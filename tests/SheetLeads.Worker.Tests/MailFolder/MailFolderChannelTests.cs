using System.Diagnostics;
using SheetLeads.Core.Intake;
using SheetLeads.Core.Leads;
using SheetLeads.Core.Sync;
using SheetLeads.Worker.Tests.Mail;

namespace SheetLeads.Worker.Tests.MailFolder;

public sealed class MailFolderChannelTests : IDisposable
{
    private readonly MailFolderSetup _setup = new();

    public void Dispose() => _setup.Dispose();

    [Fact]
    public async Task Every_eml_file_below_the_folder_and_every_file_in_maildir_cur_and_new_is_read_and_nothing_else()
    {
        _setup.Copy("01-gmail-alternative-lowercase-name.eml", "a.eml");
        _setup.Copy("02-outlook-qp-allcaps-name.eml", "2026/november/b.EML");
        _setup.Copy("03-iphone-rfc2047-q-utf8-name.eml", "Maildir/new/1763890931.M1P2.mail,S=845");
        _setup.Copy("04-thunderbird-rfc2047-q-latin1-name.eml", "Maildir/cur/1763890932.M3P4.mail,S=876:2,S");
        _setup.Copy("05-thebat-rfc2047-b-cp1251-name.eml", "Maildir/tmp/1763890933.M5P6.mail");
        _setup.Copy("06-iso8859-2-qp-body.eml", "notes.txt");
        _setup.Copy("07-html-only-entities.eml", ".hidden.eml");

        var batch = await Read(_setup.Channel());

        Assert.Equal(
            ["2026/november/b.EML", "Maildir/cur/1763890932.M3P4.mail,S=876:2,S", "Maildir/new/1763890931.M1P2.mail,S=845", "a.eml"],
            batch.Checkpoint.Entries.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(4, batch.Items.Count);
        Assert.Empty(batch.Problems);
        Assert.False(batch.HasMore);
    }

    [Fact]
    public async Task Files_are_read_oldest_first_with_their_path_as_origin_and_their_time_as_delivery_time()
    {
        _setup.Copy("02-outlook-qp-allcaps-name.eml", "z-older.eml");
        _setup.Copy("01-gmail-alternative-lowercase-name.eml", "a-newer.eml");

        var mails = MailFolderSetup.Mails(await Read(_setup.Channel())).ToArray();

        Assert.Equal(["z-older.eml", "a-newer.eml"], mails.Select(m => m.Origin));
        Assert.Equal([MailFolderSetup.TimeOf(0), MailFolderSetup.TimeOf(1)], mails.Select(m => m.Message.DeliveredAt));
        Assert.Equal("gary.newman@outlook.com", mails[0].Message.From?.Address);
    }

    [Fact]
    public async Task A_file_whose_checkpoint_was_committed_is_not_read_again()
    {
        _setup.Copy("01-gmail-alternative-lowercase-name.eml", "a.eml");
        _setup.Copy("03-iphone-rfc2047-q-utf8-name.eml", "Maildir/new/1.mail");
        var channel = _setup.Channel();
        await _setup.CommitAsync(await Read(channel));

        var again = await Read(channel);

        Assert.Empty(again.Items);
        Assert.Empty(again.Checkpoint.Entries);
    }

    [Fact]
    public async Task A_file_read_but_not_committed_is_read_again()
    {
        _setup.Copy("01-gmail-alternative-lowercase-name.eml", "a.eml");
        var channel = _setup.Channel();
        await Read(channel);

        Assert.Single((await Read(channel)).Items);
    }

    [Fact]
    public async Task A_file_changed_after_it_was_taken_in_is_read_again()
    {
        _setup.Copy("01-gmail-alternative-lowercase-name.eml", "a.eml");
        var channel = _setup.Channel();
        await _setup.CommitAsync(await Read(channel));
        _setup.Copy("02-outlook-qp-allcaps-name.eml", "a.eml");

        var again = MailFolderSetup.Mails(await Read(channel));

        Assert.Equal("gary.newman@outlook.com", Assert.Single(again).Message.From?.Address);
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_is_a_problem_naming_it_left_out_of_the_checkpoint_and_tried_next_cycle()
    {
        _setup.Copy("01-gmail-alternative-lowercase-name.eml", "good.eml");
        var target = _setup.PathOf("later.eml");
        File.CreateSymbolicLink(_setup.PathOf("x.eml"), target);
        var channel = _setup.Channel();

        var broken = await Read(channel);
        await _setup.CommitAsync(broken);
        File.WriteAllBytes(target, MailFixtures.Bytes("02-outlook-qp-allcaps-name.eml"));
        var repaired = await Read(channel);

        var problem = Assert.Single(broken.Problems);
        Assert.Contains("x.eml", problem, StringComparison.Ordinal);
        Assert.Equal(["good.eml"], broken.Checkpoint.Entries.Keys);
        Assert.Single(broken.Items);
        Assert.Contains("x.eml", repaired.Checkpoint.Entries.Keys);
        Assert.Contains(MailFolderSetup.Mails(repaired), m => m.Origin == "x.eml" && m.Message.From?.Address == "gary.newman@outlook.com");
    }

    [Fact]
    public async Task A_fifo_named_like_a_mail_does_not_block_the_channel()
    {
        var fifo = _setup.PathOf("pipe.eml");
        using (var mkfifo = Process.Start("mkfifo", fifo))
            await mkfifo.WaitForExitAsync();
        _setup.Copy("01-gmail-alternative-lowercase-name.eml", "good.eml");
        var channel = _setup.Channel();

        // On a thread-pool thread, so that a read blocked on the pipe fails this test instead of hanging the run.
        var reading = Task.Run(() => channel.ReadAsync(100, CancellationToken.None));
        var finished = await Task.WhenAny(reading, Task.Delay(TimeSpan.FromSeconds(20)));

        Assert.Same(reading, finished);
        var batch = await reading;
        Assert.Contains(MailFolderSetup.Mails(batch), m => m.Origin == "good.eml");
        var pipe = Assert.Single(batch.Items, i => i.Origin == "pipe.eml");
        var skip = Assert.IsType<Skip>(EnquiryIntake.Take(channel.Info, pipe, MailFixtures.Settings, MailFixtures.Now));
        Assert.Equal(SkipReason.Unparseable, skip.Reason);
    }

    [Theory]
    [InlineData("31-empty.eml")]
    [InlineData("32-binary-png.eml")]
    public async Task Garbage_in_the_folder_becomes_an_item_the_intake_records_as_unparseable(string fixture)
    {
        _setup.Copy(fixture, "junk.eml");
        var channel = _setup.Channel();

        var batch = await Read(channel);

        var item = Assert.Single(batch.Items);
        var skip = Assert.IsType<Skip>(EnquiryIntake.Take(channel.Info, item, MailFixtures.Settings, MailFixtures.Now));
        Assert.Equal(SkipReason.Unparseable, skip.Reason);
        Assert.Equal("junk.eml", skip.Origin);
        Assert.StartsWith("sha256:", skip.Reference.ExternalId, StringComparison.Ordinal);
        Assert.Equal(["junk.eml"], batch.Checkpoint.Entries.Keys);
    }

    [Fact]
    public async Task A_file_larger_than_the_read_bound_is_parsed_from_its_head_and_referenced_by_the_digest_of_every_byte()
    {
        var head = "From: Big Attachment <big@example.com>\r\nSubject: plans\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n" +
                   "--b\r\nContent-Type: text/plain\r\n\r\nPlans attached, please quote.\r\n--b\r\nContent-Type: application/octet-stream\r\n" +
                   "Content-Transfer-Encoding: base64\r\n\r\n";
        var bytes = System.Text.Encoding.ASCII.GetBytes(head + new string('A', SheetLeads.Worker.MailFolder.MailFolderChannel.MaxReadBytes + 1000) + "\r\n--b--\r\n");
        _setup.Write("big.eml", bytes);
        var channel = _setup.Channel();

        var batch = await Read(channel);

        var mail = Assert.Single(MailFolderSetup.Mails(batch)).Message;
        Assert.Equal("big@example.com", mail.From?.Address);
        Assert.Equal("Plans attached, please quote.", mail.TextBody?.Trim());
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), mail.RawDigest);
        Assert.Equal(["big.eml"], batch.Checkpoint.Entries.Keys);
    }

    [Fact]
    public async Task The_limit_stops_the_read_and_says_more_is_waiting()
    {
        _setup.Copy("01-gmail-alternative-lowercase-name.eml", "1.eml");
        _setup.Copy("02-outlook-qp-allcaps-name.eml", "2.eml");
        _setup.Copy("03-iphone-rfc2047-q-utf8-name.eml", "3.eml");

        var batch = await _setup.Channel().ReadAsync(2, CancellationToken.None);

        Assert.Equal(["1.eml", "2.eml"], batch.Items.Select(i => i.Origin));
        Assert.True(batch.HasMore);
    }

    [Fact]
    public async Task A_missing_folder_is_a_channel_failure_that_names_the_folder()
    {
        var channel = new SheetLeads.Worker.MailFolder.MailFolderChannel(MailFixtures.Channel, _setup.PathOf("nowhere"), _setup.State, _setup.Log);

        var failure = await Assert.ThrowsAsync<ChannelException>(() => channel.ReadAsync(100, CancellationToken.None));

        Assert.Contains(_setup.PathOf("nowhere"), failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_check_counts_the_files_waiting()
    {
        _setup.Copy("01-gmail-alternative-lowercase-name.eml", "1.eml");
        _setup.Copy("02-outlook-qp-allcaps-name.eml", "2.eml");

        var verdict = Assert.Single(await _setup.Channel().CheckAsync(CancellationToken.None));

        Assert.True(verdict.Ok);
        Assert.Contains("2 mail file(s) waiting", verdict.Message, StringComparison.Ordinal);
    }

    private static Task<ChannelBatch> Read(SheetLeads.Worker.MailFolder.MailFolderChannel channel) =>
        channel.ReadAsync(100, CancellationToken.None);
}
