using Microsoft.Extensions.Configuration;

namespace SheetLeads.Worker.Hosting;

/// <summary>
/// SPEC §8/§10 secret files: any key ending in <c>_FILE</c> (from the JSON file or an environment variable such as
/// <c>SheetLeads__Channels__0__Password_FILE</c>) names a file whose content becomes the key without the suffix.
/// Secrets stay out of the config file and out of the environment listing.
/// </summary>
internal static class SecretFiles
{
    private const string Suffix = "_FILE";
    private const string Root = "SheetLeads:";

    /// <summary>The values read from secret files, by key, and a message per file that could not be read.</summary>
    public static (Dictionary<string, string?> Values, List<string> Errors) Read(IConfiguration configuration, ConfigSource source)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var errors = new List<string>();
        foreach (var (key, value) in configuration.AsEnumerable())
        {
            // Only SheetLeads' own keys: other programs' *_FILE variables in the environment are none of our business.
            if (!key.StartsWith(Root, StringComparison.OrdinalIgnoreCase) || !key.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase)
                || string.IsNullOrWhiteSpace(value))
                continue;
            var path = source.Resolve(value.Trim());
            try
            {
                values[key[..^Suffix.Length]] = File.ReadAllText(path).TrimEnd('\r', '\n');
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.Add($"{key} names {path}, which cannot be read: {e.Message}");
            }
        }
        return (values, errors);
    }
}
