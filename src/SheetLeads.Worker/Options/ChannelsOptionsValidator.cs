using Microsoft.Extensions.Options;

namespace SheetLeads.Worker.Options;

internal sealed class ChannelsOptionsValidator : IValidateOptions<ChannelsOptions>
{
    private const string S = ChannelOptions.Section;

    public ValidateOptionsResult Validate(string? name, ChannelsOptions o)
    {
        var result = new ValidateOptionsResultBuilder();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < o.Items.Count; i++)
        {
            var c = o.Items[i];
            var key = $"{S}:{i}";
            if (string.IsNullOrWhiteSpace(c.Name))
                result.AddError($"{key}:Name must not be empty: it starts every reference the channel makes.");
            else if (c.Name.Any(ch => ch == ':' || char.IsWhiteSpace(ch)))
                result.AddError($"{key}:Name must not contain ':' or spaces; it is '{c.Name}'.");
            else if (!names.Add(c.Name))
                result.AddError($"{key}:Name '{c.Name}' is used by another channel; names must be unique.");
            if (c.IsKind(ChannelKinds.MailFolder) || c.IsKind(ChannelKinds.FormFolder))
            {
                if (string.IsNullOrWhiteSpace(c.Path))
                    result.AddError($"{key}:Path must name the folder to read.");
            }
            else if (c.IsKind(ChannelKinds.Imap) || c.IsKind(ChannelKinds.Form))
                result.AddError($"{key}:Kind '{c.Kind}' is not available in this version yet; use MailFolder or FormFolder.");
            else
                result.AddError($"{key}:Kind must be one of {string.Join(", ", ChannelKinds.All)}; it is '{c.Kind}'.");
            if (c.IsKind(ChannelKinds.FormFolder) && Forms.FormPresets.Find(c.Preset) is null)
                result.AddError($"{key}:Preset must be one of {string.Join(", ", Forms.FormPresets.Names)}; it is '{c.Preset}'.");
        }
        return result.Build();
    }
}
