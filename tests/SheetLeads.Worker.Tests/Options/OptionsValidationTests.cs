using SheetLeads.Worker.Options;

namespace SheetLeads.Worker.Tests.Options;

public sealed class OptionsValidationTests
{
    [Fact]
    public void An_unknown_time_zone_is_refused_with_the_full_key_and_an_example()
    {
        var result = new BusinessOptionsValidator().Validate(null, new BusinessOptions { TimeZone = "Mars/Olympus" });

        Assert.Equal(["SheetLeads:Business:TimeZone must be an IANA time zone such as Europe/London; 'Mars/Olympus' is not known on this machine."], result.Failures);
    }

    [Fact]
    public void Every_problem_of_a_section_is_reported_at_once()
    {
        var options = new BusinessOptions
        {
            DefaultRegion = "XX",
            OwnDomains = ["brightpath"],
            WorkingHours = new WorkingHoursOptions { Days = ["Mon", "Funday"], Open = "18:00", Close = "09:00", Holidays = ["25/12/2026"] },
            RequiredFields = ["Name", "Fax"],
        };

        var failures = new BusinessOptionsValidator().Validate(null, options).Failures!.ToArray();

        Assert.Equal(
        [
            "SheetLeads:Business:DefaultRegion must be a two-letter region such as GB or US; it is 'XX'.",
            "SheetLeads:Business:OwnDomains:0 must be a mail domain such as example.co.uk; it is 'brightpath'.",
            "SheetLeads:Business:WorkingHours:Days:1 must be a day such as Mon; it is 'Funday'.",
            "SheetLeads:Business:WorkingHours:Close (09:00) must be after Open (18:00).",
            "SheetLeads:Business:WorkingHours:Holidays:0 must be a date such as 2026-12-25; it is '25/12/2026'.",
            "SheetLeads:Business:RequiredFields:1 must be one of Name, Email, Phone, EmailOrPhone, Company, Message; it is 'Fax'.",
        ], failures);
    }

    [Fact]
    public void An_assignment_rule_must_name_a_team_member()
    {
        var team = new TeamOptions
        {
            Members = [new TeamMemberOptions { Name = "Alice Hart" }],
            Assignment = new AssignmentOptions { Rules = [new AssignmentRuleOptions { Keyword = "boiler", Owner = "Bob Singh" }] },
        };

        var result = new TeamOptionsValidator().Validate(null, team);

        Assert.Equal(["SheetLeads:Team:Assignment:Rules:0:Owner must be the Name of one of SheetLeads:Team:Members; it is 'Bob Singh'."], result.Failures);
    }

    [Fact]
    public void Channel_names_must_be_unique_and_usable_in_references()
    {
        var channels = new ChannelsOptions
        {
            Items =
            [
                new ChannelOptions { Name = "mail", Kind = "MailFolder", Path = "mail" },
                new ChannelOptions { Name = "mail", Kind = "MailFolder", Path = "other" },
                new ChannelOptions { Name = "web forms", Kind = "FormFolder", Path = "forms" },
            ],
        };

        var failures = new ChannelsOptionsValidator().Validate(null, channels).Failures;

        Assert.Equal(
        [
            "SheetLeads:Channels:1:Name 'mail' is used by another channel; names must be unique.",
            "SheetLeads:Channels:2:Name must not contain ':' or spaces; it is 'web forms'.",
        ], failures);
    }

    [Fact]
    public void A_folder_channel_needs_a_path_and_a_known_preset()
    {
        var channels = new ChannelsOptions
        {
            Items = [new ChannelOptions { Name = "forms", Kind = "FormFolder", Preset = "Wufoo" }],
        };

        var failures = new ChannelsOptionsValidator().Validate(null, channels).Failures;

        Assert.Equal(
        [
            "SheetLeads:Channels:0:Path must name the folder to read.",
            "SheetLeads:Channels:0:Preset must be one of Generic, Typeform, Tally, JotForm, Formspree; it is 'Wufoo'.",
        ], failures);
    }

    [Fact]
    public void A_sync_interval_under_ten_seconds_is_refused()
    {
        var result = new SyncOptionsValidator().Validate(null, new SyncOptions { Interval = TimeSpan.FromSeconds(2) });

        Assert.Equal(["SheetLeads:Sync:Interval must be at least 00:00:10; it is 00:00:02."], result.Failures);
    }

    [Fact]
    public void Statuses_must_give_new_leads_a_status_with_role_new()
    {
        var options = new BusinessOptions
        {
            Statuses = [new StatusOptions { Name = "Open", Role = "New" }, new StatusOptions { Name = "Done", Role = "Finished" }],
            InitialStatus = "Open",
            IncompleteStatus = "Done",
        };

        var failures = new BusinessOptionsValidator().Validate(null, options).Failures;

        Assert.Equal(
        [
            "SheetLeads:Business:Statuses:1:Role must be one of New, Active, Won, Lost, Closed; it is 'Finished'.",
            "SheetLeads:Business:IncompleteStatus must name one of SheetLeads:Business:Statuses with role New; it is 'Done'.",
        ], failures);
    }

    [Fact]
    public void The_Google_back_end_needs_the_spreadsheet_id_and_the_key_file_each_named_by_its_key()
    {
        var sheet = new SheetOptions { Backend = "Google", Google = new GoogleSheetOptions { SpreadsheetId = "https://docs.google.com/spreadsheets/d/1AbC/edit", BaseUri = "sheets.googleapis.com" } };

        var failures = new SheetOptionsValidator().Validate(null, sheet).Failures!.ToArray();

        Assert.Equal(
        [
            "SheetLeads:Sheet:Google:SpreadsheetId must be only the id (the part of the address between /d/ and /edit), not 'https://docs.google.com/spreadsheets/d/1AbC/edit'.",
            "SheetLeads:Sheet:Google:CredentialsFile must name the service account's JSON key file, e.g. /run/secrets/google-sa.json.",
            "SheetLeads:Sheet:Google:BaseUri must be an http(s) address such as https://sheets.googleapis.com/; it is 'sheets.googleapis.com'.",
        ], failures);
    }

    [Fact]
    public void A_complete_Google_configuration_is_accepted()
    {
        var sheet = new SheetOptions { Backend = "Google", Google = new GoogleSheetOptions { SpreadsheetId = "1AbC", CredentialsFile = "/run/secrets/google-sa.json" } };

        Assert.True(new SheetOptionsValidator().Validate(null, sheet).Succeeded);
    }

    [Fact]
    public void An_Imap_channel_needs_its_server_and_login_and_refuses_a_clear_text_password_to_another_machine()
    {
        var channels = new ChannelsOptions { Items = [new ChannelOptions { Name = "enquiries", Kind = "Imap", Host = "imap.example.com", Security = "None", Marker = "Move" }] };

        var failures = new ChannelsOptionsValidator().Validate(null, channels).Failures!.ToArray();

        Assert.Equal(
        [
            "SheetLeads:Channels:0:Username must be the mailbox login, e.g. enquiries@example.com.",
            "SheetLeads:Channels:0:Password must be set (better: SheetLeads:Channels:0:Password_FILE naming a file that holds it).",
            "SheetLeads:Channels:0:Security None sends the password in clear, so it is only allowed for a server on this machine (localhost, 127.0.0.1); use Tls or StartTls for 'imap.example.com'.",
            "SheetLeads:Channels:0:MarkerFolder must name the folder messages are moved to when Marker is Move.",
        ], failures);
    }

    [Fact]
    public void An_Imap_channel_with_OAuth2_needs_a_secure_token_endpoint_a_client_and_a_refresh_token_or_secret()
    {
        var bad = new ChannelOptions { Name = "enquiries", Kind = "Imap", Host = "imap.gmail.com", Username = "enquiries@example.com", Auth = "OAuth2", OAuth2 = new OAuth2Options { TokenUrl = "http://oauth2.example.com/token" } };
        var unknown = new ChannelOptions { Name = "sales", Kind = "Imap", Host = "imap.gmail.com", Username = "enquiries@example.com", Auth = "Kerberos" };
        var good = new ChannelOptions
        {
            Name = "enquiries", Kind = "Imap", Host = "imap.gmail.com", Username = "enquiries@example.com", Auth = "OAuth2",
            OAuth2 = new OAuth2Options { TokenUrl = "https://oauth2.googleapis.com/token", ClientId = "123.apps.googleusercontent.com", ClientSecret = "s", RefreshToken = "r" },
        };

        var failures = new ChannelsOptionsValidator().Validate(null, new ChannelsOptions { Items = [bad, unknown] }).Failures!.ToArray();

        Assert.Equal(
        [
            "SheetLeads:Channels:0:OAuth2:TokenUrl must be the https address of the token endpoint, e.g. https://oauth2.googleapis.com/token; it is 'http://oauth2.example.com/token'.",
            "SheetLeads:Channels:0:OAuth2:ClientId must be the OAuth client's id.",
            "SheetLeads:Channels:0:OAuth2:RefreshToken (or, for app-only access, ClientSecret) must be set (better: SheetLeads:Channels:0:OAuth2:RefreshToken_FILE naming a file that holds it).",
            "SheetLeads:Channels:1:Auth must be Password or OAuth2; it is 'Kerberos'.",
        ], failures);
        Assert.True(new ChannelsOptionsValidator().Validate(null, new ChannelsOptions { Items = [good] }).Succeeded);
    }

    [Fact]
    public void A_SentFolder_belongs_to_a_mailbox_channel_and_is_neither_the_folder_read_nor_the_one_enquiries_are_moved_to()
    {
        ChannelOptions Imap(string name, string sent) => new() { Name = name, Kind = "Imap", Host = "imap.example.com", Username = "u", Password = "p", SentFolder = sent };
        var inbox = Imap("inbox", "inbox");
        var moved = Imap("moved", "Taken in");
        moved.Marker = "Move";
        moved.MarkerFolder = "Taken in";
        var blank = Imap("blank", "  ");
        var folder = new ChannelOptions { Name = "mail", Kind = "MailFolder", Path = "mail", SentFolder = "Sent" };
        var good = Imap("enquiries", "Sent Items");

        var failures = new ChannelsOptionsValidator().Validate(null, new ChannelsOptions { Items = [inbox, moved, blank, folder, good] }).Failures!.ToArray();

        Assert.Equal(
        [
            "SheetLeads:Channels:0:SentFolder must be the folder the team's sent mail is in, not the folder enquiries are read from ('INBOX').",
            "SheetLeads:Channels:1:SentFolder must be the folder the team's sent mail is in, not MarkerFolder ('Taken in'), where enquiries taken in are moved.",
            "SheetLeads:Channels:2:SentFolder must name the folder the team's sent mail is in, e.g. Sent, or be left out; it is '  '.",
            "SheetLeads:Channels:3:SentFolder is only read by a mailbox channel (Kind Imap); remove it from this MailFolder channel.",
        ], failures);
    }

    [Fact]
    public void An_Imap_CertificateFile_must_be_a_readable_PEM_certificate()
    {
        var missing = Path.Combine(Path.GetTempPath(), "sheetleads-no-such-cert.pem");
        var channel = new ChannelOptions { Name = "enquiries", Kind = "Imap", Host = "mail.example.com", Username = "u", Password = "p", CertificateFile = missing };

        var failure = Assert.Single(new ChannelsOptionsValidator().Validate(null, new ChannelsOptions { Items = [channel] }).Failures!);

        Assert.StartsWith($"SheetLeads:Channels:0:CertificateFile names {missing}, which cannot be read as a PEM certificate: ", failure);
    }

    [Fact]
    public void A_Form_channel_needs_a_secure_endpoint_and_its_key_and_refuses_settings_out_of_range()
    {
        var bad = new ChannelOptions
        {
            Name = "quote", Kind = "Form", Preset = "Typeform", Url = "http://api.typeform.com/forms/abc/responses",
            TokenHeader = "X Api Key", TokenScheme = "Digest", PageSize = 5000, RequestTimeout = TimeSpan.Zero, MaxRetries = 20,
        };
        var good = new ChannelOptions { Name = "quote", Kind = "Form", Preset = "Typeform", Url = "https://api.typeform.com/forms/abc/responses", Token = "tfp_x" };
        var local = new ChannelOptions { Name = "site", Kind = "Form", Url = "http://127.0.0.1:8080/submissions" };

        var failures = new ChannelsOptionsValidator().Validate(null, new ChannelsOptions { Items = [bad] }).Failures!.ToArray();

        Assert.Equal(
        [
            "SheetLeads:Channels:0:Url must be the https address of the form's list endpoint, e.g. https://api.typeform.com/forms/abc123/responses (http only for this machine), or left out when the form only pushes (Webhook); it is 'http://api.typeform.com/forms/abc/responses'.",
            "SheetLeads:Channels:0:Token must be the Typeform API key (better: SheetLeads:Channels:0:Token_FILE naming a file that holds it).",
            "SheetLeads:Channels:0:TokenHeader must be an HTTP header name such as Authorization or X-Api-Key; it is 'X Api Key'.",
            "SheetLeads:Channels:0:TokenScheme must be Bearer, Basic or None; it is 'Digest'.",
            "SheetLeads:Channels:0:PageSize must be from 1 to 1000; it is 5000.",
            "SheetLeads:Channels:0:RequestTimeout must be from 00:00:01 to 00:05:00; it is 00:00:00.",
            "SheetLeads:Channels:0:MaxRetries must be from 0 to 10; it is 20.",
        ], failures);
        Assert.True(new ChannelsOptionsValidator().Validate(null, new ChannelsOptions { Items = [good, local] }).Succeeded);
    }

    [Fact]
    public void A_Mapping_is_for_the_generic_preset_and_its_paths_and_fields_must_be_complete()
    {
        var typeform = new ChannelOptions { Name = "quote", Kind = "Form", Preset = "Typeform", Url = "https://api.typeform.com/forms/a/responses", Token = "t", Mapping = new FormMappingOptions { Items = "items" } };
        var generic = new ChannelOptions
        {
            Name = "crm", Kind = "FormFolder", Path = "crm", Preset = "Generic",
            Mapping = new FormMappingOptions { Items = "data..items", NextParameter = "cursor", Fields = [new FormFieldPath { Label = "", Path = "contact.name" }, new FormFieldPath { Label = "Phone" }] },
        };

        var failures = new ChannelsOptionsValidator().Validate(null, new ChannelsOptions { Items = [typeform, generic] }).Failures!.ToArray();

        Assert.Equal(
        [
            "SheetLeads:Channels:0:Mapping is read only with Preset Generic; Typeform knows its own shape.",
            "SheetLeads:Channels:1:Mapping:Items 'data..items' has an empty step (two dots, or a dot at an end).",
            "SheetLeads:Channels:1:Mapping:Fields:0:Label must name the answer, e.g. Name or Phone number.",
            "SheetLeads:Channels:1:Mapping:Fields:1:Path must say where the answer is, e.g. contact.name.",
            "SheetLeads:Channels:1:Mapping:NextParameter needs SheetLeads:Channels:1:Mapping:Next, the path of the cursor it takes.",
        ], failures);
    }

    [Fact]
    public void A_Webhook_needs_its_secret_a_known_signature_and_a_service_whose_pushes_are_read()
    {
        var jotform = new ChannelOptions { Name = "booking", Kind = "Form", Preset = "JotForm", Webhook = new WebhookOptions { Secret = "s" } };
        var tally = new ChannelOptions { Name = "callback", Kind = "Form", Preset = "Tally", Webhook = new WebhookOptions { Signature = "Md5" } };
        var pushOnly = new ChannelOptions { Name = "quote", Kind = "Form", Preset = "Typeform", Webhook = new WebhookOptions { Secret = "s" } };

        var failures = new ChannelsOptionsValidator().Validate(null, new ChannelsOptions { Items = [jotform, tally] }).Failures!.ToArray();
        var listen = new WebhooksOptionsValidator().Validate(null, new WebhooksOptions { Listen = "0.0.0.0:8080", MaxBodyBytes = 10 }).Failures!.ToArray();

        Assert.Equal(
        [
            "SheetLeads:Channels:0:Webhook is for Typeform, Tally and generic JSON pushes; JotForm pushes in a shape this version does not read, so poll it (Url).",
            "SheetLeads:Channels:1:Webhook:Secret must be set: the signing secret or shared secret the form service sends (better: SheetLeads:Channels:1:Webhook:Secret_FILE).",
            "SheetLeads:Channels:1:Webhook:Signature must be one of Typeform, Tally, HmacSha256, Secret; it is 'Md5'.",
        ], failures);
        Assert.Equal(
        [
            "SheetLeads:Webhooks:Listen must be an address such as http://0.0.0.0:8080 (no path); it is '0.0.0.0:8080'.",
            "SheetLeads:Webhooks:MaxBodyBytes must be from 1024 to 10485760; it is 10.",
        ], listen);
        Assert.True(new ChannelsOptionsValidator().Validate(null, new ChannelsOptions { Items = [pushOnly] }).Succeeded);
    }
}
