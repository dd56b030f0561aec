using Microsoft.Extensions.Options;

namespace SheetLeads.Worker.Options;

internal sealed class WebhooksOptionsValidator : IValidateOptions<WebhooksOptions>
{
    private const string S = WebhooksOptions.Section;

    public ValidateOptionsResult Validate(string? name, WebhooksOptions o)
    {
        var result = new ValidateOptionsResultBuilder();
        if (!Uri.TryCreate(o.Listen, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || url.AbsolutePath != "/")
            result.AddError($"{S}:Listen must be an address such as http://0.0.0.0:8080 (no path); it is '{o.Listen}'.");
        if (o.MaxBodyBytes is < 1024 or > 10 * 1024 * 1024)
            result.AddError($"{S}:MaxBodyBytes must be from 1024 to 10485760; it is {o.MaxBodyBytes}.");
        return result.Build();
    }
}
