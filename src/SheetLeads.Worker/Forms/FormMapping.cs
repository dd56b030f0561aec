namespace SheetLeads.Worker.Forms;

/// <summary>
/// Where the generic preset finds a submission's parts (<c>Channels:n:Mapping</c>, paths as <see cref="JsonPath"/>
/// reads them). The defaults read SPEC §10's generic shape.
/// </summary>
/// <param name="Items">The list of submissions in a page; null: the page itself when it is a list, else <c>items</c>, else the page as one submission.</param>
/// <param name="Id">A submission's id.</param>
/// <param name="SubmittedAt">When it was submitted.</param>
/// <param name="Form">The form's name.</param>
/// <param name="Answers">Labelled answers: an object of <c>label: value</c> or a list of <c>{ label, value }</c>.</param>
/// <param name="Fields">Single answers: a label and the path of its value.</param>
/// <param name="Next">The next page's address, or (with <paramref name="NextParameter"/>) its cursor.</param>
/// <param name="NextParameter">The query parameter that takes the cursor.</param>
/// <param name="SinceParameter">The query parameter that takes the newest time already taken in.</param>
internal sealed record FormMapping(
    string? Items = null,
    string Id = "id",
    string SubmittedAt = "submittedAt",
    string Form = "form",
    string Answers = "fields",
    IReadOnlyList<(string Label, string Path)>? Fields = null,
    string? Next = null,
    string? NextParameter = null,
    string? SinceParameter = null)
{
    /// <summary>SPEC §10's generic shape.</summary>
    public static FormMapping Default { get; } = new();
}
