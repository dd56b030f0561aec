using SheetLeads.Core.Sheet;

namespace SheetLeads.Worker.Tests.EndToEnd;

/// <summary>What ships with the worker stays true: the embedded demo default and appsettings.sample.json.</summary>
public sealed class ShippedConfigTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sheetleads-shipped-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task The_demo_inbox_becomes_six_leads_with_its_repeats_merged()
    {
        File.Copy(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), Path.Combine(_folder, "appsettings.json"));
        CopyFolder(Path.Combine(AppContext.BaseDirectory, "demo"), Path.Combine(_folder, "demo"));

        var run = await WorkerProcess.RunAsync(_folder, null, "sync", "--once", "--config", Path.Combine(_folder, "appsettings.json"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("sync ok: taken=11 created=6 merged=3 duplicate=0 skipped=2 (auto-reply=1 bulk=1)", run.SummaryLine);
        var leads = await LeadsTable.ReadAsync(Path.Combine(_folder, "data", "leads.xlsx"));
        Assert.Equal(6, leads.Count);
        var jane = leads.Single(LeadColumn.Email, "jane.doe@example.com");
        Assert.Equal(("3", "+442079460000"), (leads.Cell(jane, LeadColumn.Enquiries), leads.Cell(jane, LeadColumn.Phone)));
        Assert.Equal("2", leads.Cell(leads.Single(LeadColumn.Email, "mark.lee@example.org"), LeadColumn.Enquiries));
        Assert.Equal("Alex Morgan", leads.Cell(leads.Single(LeadColumn.Email, "olu.adeyemi@example.com"), LeadColumn.Owner));
        Assert.Single(leads.Snapshot.Rows, r => leads.Cell(r, LeadColumn.Email) == "priya.shah@example.net");
    }

    [Fact]
    public async Task The_sample_configuration_is_valid_and_checks_out_once_its_folders_mail_servers_and_form_services_exist()
    {
        File.Copy(Path.Combine(AppContext.BaseDirectory, "appsettings.sample.json"), Path.Combine(_folder, "appsettings.json"));
        foreach (var folder in new[] { "mail", "forms/site" })
            Directory.CreateDirectory(Path.Combine(_folder, folder));
        await using var dovecot = await Imap.PrivateDovecot.StartAsync();
        await dovecot.CreateFolderAsync("Sent"); // the sample's SentFolder
        await using var forms = await FormApi.FakeFormService.StartAsync();
        // The sample's mailbox channel (the 3rd), pointed at the private Dovecot in place of imap.brightpath.co.uk, and
        // its form channels (the 4th to 8th) at a local service answering as Typeform, Tally, JotForm, Formspree and a JSON list do.
        var environment = new Dictionary<string, string>(dovecot.ChannelSettings(2, name: "enquiries")) { ["SheetLeads__Channels__2__Password_FILE"] = "" };
        foreach (var (index, preset) in new[] { (3, "Typeform"), (4, "Tally"), (5, "JotForm"), (6, "Formspree"), (7, "Generic") })
        {
            var form = forms.Form(preset, "sample").Add(FormApi.ServiceItems.For(preset, 1));
            environment[$"SheetLeads__Channels__{index}__Url"] = forms.Url(form);
            environment[$"SheetLeads__Channels__{index}__Token"] = FormApi.FakeFormService.Key;
            environment[$"SheetLeads__Channels__{index}__Token_FILE"] = "";
        }
        foreach (var index in new[] { 3, 4 }) // the Typeform and Tally channels take pushes too
        {
            environment[$"SheetLeads__Channels__{index}__Webhook__Secret_FILE"] = "";
            environment[$"SheetLeads__Channels__{index}__Webhook__Secret"] = "sample-webhook-secret";
        }

        // Its notifications, switched on and sent to a private SMTP server in place of smtp.brightpath.co.uk.
        await using var smtp = await Notifications.MailDev.StartAsync();
        foreach (var (key, value) in new Dictionary<string, string>
                 {
                     ["Enabled"] = "true", ["Smtp__Host"] = "127.0.0.1", ["Smtp__Port"] = $"{smtp.SmtpPort}", ["Smtp__Security"] = "None",
                     ["Smtp__Username"] = Notifications.MailDev.User, ["Smtp__Password"] = Notifications.MailDev.Password, ["Smtp__Password_FILE"] = "",
                 })
            environment["SheetLeads__Notifications__" + key] = value;

        var run = await WorkerProcess.RunAsync(_folder, environment, "check", "--config", Path.Combine(_folder, "appsettings.json"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"ok   notifications: the SMTP server 127.0.0.1:{smtp.SmtpPort} (None) accepted the login of {Notifications.MailDev.User}; " +
                        "mails come from sheetleads@brightpath.co.uk; escalations and the 08:00 digest go to owner@brightpath.co.uk", run.Stdout);
        foreach (var channel in new[] { "quote", "callback", "booking", "contact", "crm" })
            Assert.Contains($"ok   channel {channel}: ", run.Stdout);
        Assert.Contains("ok   channel enquiries sent folder: Sent can be read", run.Stdout);
        Assert.EndsWith("check ok: everything SheetLeads needs is in place", run.Stdout.TrimEnd());
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
