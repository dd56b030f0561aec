namespace SheetLeads.Worker.Options;

/// <summary>
/// <c>SheetLeads:Labels</c>: the form labels that mean each lead field. A list given here replaces that
/// field's built-in list; fields left out keep theirs.
/// </summary>
internal sealed class LabelsOptions
{
    public const string Section = "SheetLeads:Labels";

    public List<string>? Name { get; set; }
    public List<string>? FirstName { get; set; }
    public List<string>? LastName { get; set; }
    public List<string>? Email { get; set; }
    public List<string>? Phone { get; set; }
    public List<string>? Company { get; set; }
    public List<string>? Message { get; set; }
}
