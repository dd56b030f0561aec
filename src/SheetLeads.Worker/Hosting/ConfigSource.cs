namespace SheetLeads.Worker.Hosting;

/// <summary>Where the configuration came from; relative paths in it are relative to <see cref="Folder"/> (SPEC §10).</summary>
/// <param name="File">The config file, or null when none was found (the built-in defaults apply).</param>
/// <param name="Folder">The folder relative paths are resolved against.</param>
internal sealed record ConfigSource(string? File, string Folder)
{
    /// <summary>A path from the configuration made absolute.</summary>
    public string Resolve(string path) => Path.GetFullPath(Path.Combine(Folder, path));
}
