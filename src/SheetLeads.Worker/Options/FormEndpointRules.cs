using Microsoft.Extensions.Options;
using SheetLeads.Worker.Forms;

namespace SheetLeads.Worker.Options;

/// <summary>The rules of a form channel's keys: the endpoint, its key header, paging, retries, and the generic mapping.</summary>
internal static class FormEndpointRules
{
    private static readonly string[] Schemes = ["Bearer", "Basic", "None"];

    /// <summary>The keys of a <c>Form</c> channel.</summary>
    public static void Validate(ChannelOptions c, string key, ValidateOptionsResultBuilder result)
    {
        var preset = FormPresets.Find(c.Preset);
        if (c.Webhook.IsSet)
            Webhook(c.Webhook, preset, key + ":Webhook", result);
        if (c.Url is null && c.Webhook.IsSet)
            return; // pushed only: nothing to poll
        if (!Uri.TryCreate(c.Url, UriKind.Absolute, out var url)
            || !(url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp && ChannelsOptionsValidator.IsLoopback(url.Host)))
            result.AddError($"{key}:Url must be the https address of the form's list endpoint, e.g. https://api.typeform.com/forms/abc123/responses (http only for this machine), or left out when the form only pushes (Webhook); it is '{c.Url}'.");
        if (string.IsNullOrEmpty(c.Token) && preset is not null and not GenericFormPreset)
            result.AddError($"{key}:Token must be the {preset.Name} API key (better: {key}:Token_FILE naming a file that holds it).");
        if (c.TokenHeader is { } header && (header.Length == 0 || header.Any(ch => ch <= ' ' || ch >= 127 || "()<>@,;:\\\"/[]?={}".Contains(ch))))
            result.AddError($"{key}:TokenHeader must be an HTTP header name such as Authorization or X-Api-Key; it is '{header}'.");
        if (c.TokenScheme is { } scheme && !Schemes.Contains(scheme.Trim(), StringComparer.OrdinalIgnoreCase))
            result.AddError($"{key}:TokenScheme must be Bearer, Basic or None; it is '{scheme}'.");
        if (c.PageSize is < 1 or > 1000)
            result.AddError($"{key}:PageSize must be from 1 to 1000; it is {c.PageSize}.");
        if (c.RequestTimeout < TimeSpan.FromSeconds(1) || c.RequestTimeout > TimeSpan.FromMinutes(5))
            result.AddError($"{key}:RequestTimeout must be from 00:00:01 to 00:05:00; it is {c.RequestTimeout}.");
        if (c.MaxRetries is < 0 or > 10)
            result.AddError($"{key}:MaxRetries must be from 0 to 10; it is {c.MaxRetries}.");
        if (c.RetryDelay < TimeSpan.Zero || c.RetryDelay > TimeSpan.FromMinutes(1))
            result.AddError($"{key}:RetryDelay must be from 00:00:00 to 00:01:00; it is {c.RetryDelay}.");
    }

    private static void Webhook(WebhookOptions w, IFormPreset? preset, string key, ValidateOptionsResultBuilder result)
    {
        if (preset is not null and not (TypeformPreset or TallyPreset or GenericFormPreset))
            result.AddError($"{key} is for Typeform, Tally and generic JSON pushes; {preset.Name} pushes in a shape this version does not read, so poll it (Url).");
        if (string.IsNullOrEmpty(w.Secret))
            result.AddError($"{key}:Secret must be set: the signing secret or shared secret the form service sends (better: {key}:Secret_FILE).");
        if (w.Signature is { } signature && !SheetLeads.Worker.Webhook.WebhookSignatures.Names.Contains(signature.Trim(), StringComparer.OrdinalIgnoreCase))
            result.AddError($"{key}:Signature must be one of {string.Join(", ", SheetLeads.Worker.Webhook.WebhookSignatures.Names)}; it is '{signature}'.");
    }

    /// <summary>The preset of a <c>Form</c> or <c>FormFolder</c> channel, and the mapping only the generic one reads.</summary>
    public static void Preset(ChannelOptions c, string key, ValidateOptionsResultBuilder result)
    {
        var preset = FormPresets.Find(c.Preset);
        if (preset is null)
            result.AddError($"{key}:Preset must be one of {string.Join(", ", FormPresets.Names)}; it is '{c.Preset}'.");
        if (!c.Mapping.IsSet)
            return;
        if (preset is not null and not GenericFormPreset)
            result.AddError($"{key}:Mapping is read only with Preset Generic; {preset.Name} knows its own shape.");
        Mapping(c.Mapping, key + ":Mapping", result);
    }

    private static void Mapping(FormMappingOptions m, string key, ValidateOptionsResultBuilder result)
    {
        foreach (var (name, path) in new[] { ("Items", m.Items), ("Id", m.Id), ("SubmittedAt", m.SubmittedAt), ("Form", m.Form), ("Answers", m.Answers), ("Next", m.Next) })
            if (path is not null && JsonPath.Problem(path.Trim()) is { } problem)
                result.AddError($"{key}:{name} {problem}.");
        for (var i = 0; i < m.Fields.Count; i++)
        {
            var field = m.Fields[i];
            if (string.IsNullOrWhiteSpace(field.Label))
                result.AddError($"{key}:Fields:{i}:Label must name the answer, e.g. Name or Phone number.");
            if (string.IsNullOrWhiteSpace(field.Path))
                result.AddError($"{key}:Fields:{i}:Path must say where the answer is, e.g. contact.name.");
            else if (JsonPath.Problem(field.Path.Trim()) is { } problem)
                result.AddError($"{key}:Fields:{i}:Path {problem}.");
        }
        if (!string.IsNullOrWhiteSpace(m.NextParameter) && string.IsNullOrWhiteSpace(m.Next))
            result.AddError($"{key}:NextParameter needs {key}:Next, the path of the cursor it takes.");
    }
}
