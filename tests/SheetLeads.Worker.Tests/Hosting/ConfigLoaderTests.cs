using SheetLeads.Worker.Hosting;

namespace SheetLeads.Worker.Tests.Hosting;

public sealed class ConfigLoaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sheetleads-config-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_key_ending_in_FILE_is_read_from_that_file_relative_to_the_config()
    {
        File.WriteAllText(Path.Combine(_folder, "imap-password"), "s3cret\n");
        var config = Write("""{ "SheetLeads": { "Channels": [ { "Name": "in", "Password_FILE": "imap-password" } ] } }""");

        var (configuration, _, errors) = ConfigLoader.Load(config);

        Assert.Empty(errors);
        Assert.Equal("s3cret", configuration["SheetLeads:Channels:0:Password"]);
    }

    [Fact]
    public void A_secret_file_that_cannot_be_read_is_reported_with_its_key()
    {
        var config = Write("""{ "SheetLeads": { "Notifications": { "Smtp": { "Password_FILE": "missing" } } } }""");

        var (_, _, errors) = ConfigLoader.Load(config);

        var error = Assert.Single(errors);
        Assert.StartsWith($"SheetLeads:Notifications:Smtp:Password_FILE names {Path.Combine(_folder, "missing")}, which cannot be read:", error);
    }

    [Fact]
    public void Other_programs_FILE_variables_are_left_alone()
    {
        var config = Write("""{ "SheetLeads": {} }""");

        var (_, _, errors) = ConfigLoader.Load(config, new Dictionary<string, string?> { ["TF_CLI_CONFIG_FILE"] = "/nowhere/.terraformrc" });

        Assert.Empty(errors);
    }

    [Fact]
    public void Relative_paths_resolve_against_the_config_files_folder()
    {
        var config = Write("""{ "SheetLeads": {} }""");

        var (_, source, _) = ConfigLoader.Load(config);

        Assert.Equal(Path.Combine(_folder, "data", "leads.xlsx"), source.Resolve("data/leads.xlsx"));
    }

    [Fact]
    public void A_missing_config_file_is_reported()
    {
        var (_, _, errors) = ConfigLoader.Load(Path.Combine(_folder, "nope.json"));

        Assert.Equal([$"--config {Path.Combine(_folder, "nope.json")}: no such file ({Path.Combine(_folder, "nope.json")})."], errors);
    }

    private string Write(string json)
    {
        var path = Path.Combine(_folder, "appsettings.json");
        File.WriteAllText(path, json);
        return path;
    }
}
