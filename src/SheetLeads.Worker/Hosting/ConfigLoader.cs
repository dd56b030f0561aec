using Microsoft.Extensions.Configuration;

namespace SheetLeads.Worker.Hosting;

/// <summary>
/// Builds the configuration of SPEC §10: the JSON file given by <c>--config</c> (or the <c>appsettings.json</c>
/// shipped beside the binary, the embedded default), then environment variables, then secret files.
/// </summary>
internal static class ConfigLoader
{
    public const string DefaultFileName = "appsettings.json";

    /// <summary>The configuration, where it came from, and problems a person must fix before anything runs.</summary>
    public static (IConfiguration Configuration, ConfigSource Source, IReadOnlyList<string> Errors) Load(string? configFile, IDictionary<string, string?>? overrides = null)
    {
        var errors = new List<string>();
        ConfigSource source;
        if (configFile is not null)
        {
            var full = Path.GetFullPath(configFile);
            source = new ConfigSource(full, Path.GetDirectoryName(full)!);
            if (!File.Exists(full))
                errors.Add($"--config {configFile}: no such file ({full}).");
        }
        else
        {
            var beside = Path.Combine(AppContext.BaseDirectory, DefaultFileName);
            source = new ConfigSource(File.Exists(beside) ? beside : null, AppContext.BaseDirectory);
        }

        var builder = new ConfigurationBuilder();
        if (source.File is not null && File.Exists(source.File))
            builder.AddJsonFile(source.File, optional: false, reloadOnChange: false);
        builder.AddEnvironmentVariables();
        if (overrides is not null)
            builder.AddInMemoryCollection(overrides);

        IConfiguration configuration;
        try
        {
            configuration = builder.Build();
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or System.Text.Json.JsonException)
        {
            errors.Add($"{source.File} is not valid JSON: {e.Message}");
            return (new ConfigurationBuilder().Build(), source, errors);
        }

        var (secrets, secretErrors) = SecretFiles.Read(configuration, source);
        errors.AddRange(secretErrors);
        if (secrets.Count > 0)
            configuration = new ConfigurationBuilder().AddConfiguration(configuration).AddInMemoryCollection(secrets).Build();
        return (configuration, source, errors);
    }
}
