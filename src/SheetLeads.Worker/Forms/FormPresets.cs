namespace SheetLeads.Worker.Forms;

/// <summary>The presets a form channel can name in <c>SheetLeads:Channels:n:Preset</c>.</summary>
internal static class FormPresets
{
    public static IReadOnlyList<IFormPreset> All { get; } =
        [new GenericFormPreset(), new TypeformPreset(), new TallyPreset(), new JotFormPreset(), new FormspreePreset()];

    /// <summary>The names, for validation messages.</summary>
    public static IReadOnlyList<string> Names { get; } = All.Select(p => p.Name).ToArray();

    /// <summary>The preset of that name (any case), or null.</summary>
    public static IFormPreset? Find(string? name) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The preset of that name for one channel: the generic one reads the channel's mapping.</summary>
    public static IFormPreset? Create(string? name, FormMapping mapping) =>
        Find(name) is GenericFormPreset ? new GenericFormPreset(mapping) : Find(name);
}
