using System.Globalization;
using SheetLeads.Core.Intake;
using SheetLeads.Core.Leads;
using SheetLeads.Core.Normalisation;
using SheetLeads.Core.Notifications;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Rules;
using SheetLeads.Core.Sheet;
using SheetLeads.Core.Summary;
using SheetLeads.Core.Sync;
using SheetLeads.Worker.Options;

namespace SheetLeads.Worker.Hosting;

/// <summary>Maps the validated options onto Core's settings: Core never sees configuration.</summary>
internal static class CoreSettings
{
    public static BusinessTime Time(BusinessOptions business) => new(TimeZoneInfo.FindSystemTimeZoneById(business.TimeZone));

    /// <summary>The working time of SPEC §5/§6 (validated options: every day, time and date parses).</summary>
    public static WorkingTime Hours(BusinessOptions business)
    {
        var hours = business.WorkingHours;
        var days = (hours.Days ?? WorkingHoursOptions.DefaultDays)
            .Select(d => WeekDays.TryParse(d, out var day) ? day : throw new FormatException(d)).ToHashSet();
        var holidays = hours.Holidays.Select(h => DateOnly.ParseExact(h, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToHashSet();
        return new WorkingTime(Time(business), days,
            TimeOnly.ParseExact(hours.Open, "HH:mm", CultureInfo.InvariantCulture),
            TimeOnly.ParseExact(hours.Close, "HH:mm", CultureInfo.InvariantCulture), holidays);
    }

    public static StatusSet Statuses(BusinessOptions business) =>
        business.Statuses is null
            ? StatusSet.Default
            : new StatusSet(
                business.Statuses.Select(s => new LeadStatus(s.Name.Trim(), Enum.Parse<StatusRole>(s.Role, ignoreCase: true))).ToArray(),
                business.InitialStatus, business.IncompleteStatus);

    public static IntakeSettings Intake(BusinessOptions business, NotificationsOptions notifications, LabelsOptions labels) => new(
        Time(business),
        new PhoneNormaliser(business.DefaultRegion),
        business.OwnDomains.Select(d => d.Trim().TrimStart('@').ToLowerInvariant()).ToArray(),
        EmailAddress.TryParse(notifications.From, out var sender) ? sender : null,
        Labels(labels),
        business.MessageLimit);

    public static PlanningRules Planning(BusinessOptions business, TeamOptions team) => new(
        Statuses(business),
        business.RequiredFields is null
            ? RequiredFields.Default
            : new RequiredFields(business.RequiredFields.Select(f => Enum.Parse<RequiredField>(f, ignoreCase: true)).ToArray()),
        new TemperatureRules(
            business.Temperature.HotKeywords ?? TemperatureRules.Default.HotKeywords,
            business.Temperature.WarmKeywords ?? TemperatureRules.Default.WarmKeywords,
            business.Temperature.FreeMailDomains ?? TemperatureRules.Default.FreeMailDomains),
        new OwnerAssignment(
            team.Members.Select(m => m.Name.Trim()).ToArray(),
            team.Assignment.Rules.Select(r => new AssignmentRule(Blank(r.Source), Blank(r.Keyword), r.Owner.Trim())).ToArray(),
            RoundRobin: team.Assignment.Mode.Equals("RoundRobin", StringComparison.OrdinalIgnoreCase)),
        Time(business),
        new PhoneNormaliser(business.DefaultRegion),
        Hours(business),
        business.ResponseTarget,
        business.ConversionWindow);

    public static SheetLayout Layout(SheetOptions sheet, BusinessOptions business, TeamOptions team) => new(
        sheet.LeadsTab.Trim(),
        sheet.SummaryTab.Trim(),
        Statuses(business).All.Select(s => s.Name).ToArray(),
        team.Members.Select(m => m.Name.Trim()).ToArray(),
        business.LostReasons ?? BusinessOptions.DefaultLostReasons,
        team.Members.Select(m => new TeamMember(m.Name.Trim(), string.IsNullOrWhiteSpace(m.Email) ? null : m.Email.Trim(), false)).ToArray());

    public static SyncLimits Limits(SyncOptions sync) => new(sync.MaxBatch);

    public static SummarySettings Summary(BusinessOptions business, TeamOptions team, SyncOptions sync) => new(
        Time(business),
        Hours(business),
        business.ResponseTarget,
        business.ConversionWindow,
        sync.Interval,
        Statuses(business),
        team.Members.Select(m => m.Name.Trim()).ToArray());

    /// <summary>Who gets which mail (SPEC §7).</summary>
    public static NoticeSettings Notices(BusinessOptions business, TeamOptions team, NotificationsOptions notifications) => new(
        string.IsNullOrWhiteSpace(team.Manager) ? null : team.Manager.Trim(),
        team.Members.Select(m => new TeamMember(m.Name.Trim(), string.IsNullOrWhiteSpace(m.Email) ? null : m.Email.Trim(), false)).ToArray(),
        notifications.OverdueDays,
        Time(business));

    public static LeadRowReader Reader(BusinessOptions business) => new(Statuses(business), Time(business), new PhoneNormaliser(business.DefaultRegion));

    public static ChannelInfo Channel(ChannelOptions channel) => new(
        channel.Name,
        string.IsNullOrWhiteSpace(channel.Source)
            ? channel.IsKind(ChannelKinds.MailFolder) || channel.IsKind(ChannelKinds.Imap) ? "Email" : "Website form"
            : channel.Source.Trim());

    private static FieldLabels Labels(LabelsOptions labels)
    {
        var names = new Dictionary<LeadField, IReadOnlyList<string>>(FieldLabels.DefaultNames);
        void Use(LeadField field, List<string>? list)
        {
            if (list is not null)
                names[field] = list;
        }
        Use(LeadField.Name, labels.Name);
        Use(LeadField.FirstName, labels.FirstName);
        Use(LeadField.LastName, labels.LastName);
        Use(LeadField.Email, labels.Email);
        Use(LeadField.Phone, labels.Phone);
        Use(LeadField.Company, labels.Company);
        Use(LeadField.Message, labels.Message);
        return new FieldLabels(names);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>A form channel's endpoint, preset, key header and retries.</summary>
    public static FormApi.FormApiSettings FormApi(ChannelOptions c) => new(
        c.Url is null ? null : new Uri(c.Url),
        FormPreset(c),
        string.IsNullOrEmpty(c.Token) ? null : FormToken(c),
        c.PageSize,
        new FormApi.FormApiResilienceSettings(c.RequestTimeout, c.MaxRetries, c.RetryDelay));

    /// <summary>The channel's preset; the generic one with the channel's mapping.</summary>
    public static Forms.IFormPreset FormPreset(ChannelOptions c) => Forms.FormPresets.Create(c.Preset, FormMapping(c.Mapping))!;

    /// <summary>The header a form channel's key goes in: by default as each service documents it.</summary>
    public static FormApi.FormToken FormToken(ChannelOptions c)
    {
        var preset = Forms.FormPresets.Find(c.Preset)!.Name;
        var header = string.IsNullOrWhiteSpace(c.TokenHeader)
            ? preset == Forms.JotFormPreset.PresetName ? "APIKEY" : "Authorization"
            : c.TokenHeader.Trim();
        var authorization = header.Equals("Authorization", StringComparison.OrdinalIgnoreCase);
        var scheme = string.IsNullOrWhiteSpace(c.TokenScheme)
            ? !authorization ? "None" : preset == Forms.FormspreePreset.PresetName ? "Basic" : "Bearer"
            : c.TokenScheme.Trim();
        var token = c.Token!;
        var value = scheme.ToLowerInvariant() switch
        {
            "bearer" => "Bearer " + token,
            "basic" => "Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(":" + token)),
            _ => token,
        };
        return new FormApi.FormToken(header, value);
    }

    /// <summary>The generic preset's mapping: the generic shape's own members where a key is left out.</summary>
    public static Forms.FormMapping FormMapping(FormMappingOptions m)
    {
        var shape = Forms.FormMapping.Default;
        return new Forms.FormMapping(
            string.IsNullOrWhiteSpace(m.Items) ? null : m.Items.Trim(),
            m.Id?.Trim() ?? shape.Id,
            m.SubmittedAt?.Trim() ?? shape.SubmittedAt,
            m.Form?.Trim() ?? shape.Form,
            m.Answers?.Trim() ?? shape.Answers,
            m.Fields.Select(f => (f.Label.Trim(), f.Path.Trim())).ToArray(),
            string.IsNullOrWhiteSpace(m.Next) ? null : m.Next.Trim(),
            string.IsNullOrWhiteSpace(m.NextParameter) ? null : m.NextParameter.Trim(),
            string.IsNullOrWhiteSpace(m.SinceParameter) ? null : m.SinceParameter.Trim());
    }

    /// <summary>An IMAP channel's settings (validated options only reach here).</summary>
    public static Imap.ImapSettings Imap(ChannelOptions c, Imap.ImapLogin login)
    {
        var security = c.Security.ToLowerInvariant() switch
        {
            "starttls" => MailKit.Security.SecureSocketOptions.StartTls,
            "none" => MailKit.Security.SecureSocketOptions.None,
            _ => MailKit.Security.SecureSocketOptions.SslOnConnect,
        };
        var marker = Enum.Parse<Imap.ImapMarker>(c.Marker, ignoreCase: true);
        return new Imap.ImapSettings(c.Host!, c.Port ?? (security == MailKit.Security.SecureSocketOptions.SslOnConnect ? 993 : 143), security,
            c.Username!, login, c.Folder, marker, c.MarkerKeyword, c.MarkerFolder,
            string.IsNullOrWhiteSpace(c.CertificateFile) ? null : global::SheetLeads.Worker.Imap.ServerCertificates.Load(c.CertificateFile));
    }

    /// <summary>The Sent folder of the IMAP channel at <paramref name="index"/> of SheetLeads:Channels, or null when it has none.</summary>
    public static Imap.SentFolderSettings? SentFolder(ChannelOptions c, int index, BusinessOptions business) =>
        string.IsNullOrWhiteSpace(c.SentFolder)
            ? null
            : new Imap.SentFolderSettings(c.SentFolder.Trim(), $"{ChannelOptions.Section}:{index}:SentFolder", business.ConversionWindow);
}
