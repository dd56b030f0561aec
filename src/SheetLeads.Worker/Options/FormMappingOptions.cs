namespace SheetLeads.Worker.Options;

/// <summary>
/// The generic preset's map of a JSON list that is not SPEC §10's generic shape (<c>Channels:n:Mapping</c>). Paths are
/// member names joined with dots, with numbers for list positions (<c>data.items</c>, <c>contact.name</c>,
/// <c>answers.0.value</c>); an empty path is the whole document. Every key is optional: left out, the generic shape's
/// own member is used.
/// </summary>
internal sealed class FormMappingOptions
{
    /// <summary>The list of submissions in a page. Default: the page itself when it is a list, else <c>items</c>.</summary>
    public string? Items { get; set; }

    /// <summary>A submission's id. Default: <c>id</c>.</summary>
    public string? Id { get; set; }

    /// <summary>When it was submitted. Default: <c>submittedAt</c>.</summary>
    public string? SubmittedAt { get; set; }

    /// <summary>The form's name. Default: <c>form</c>.</summary>
    public string? Form { get; set; }

    /// <summary>Labelled answers: an object of <c>label: value</c> or a list of <c>{ label, value }</c>. Default: <c>fields</c>.</summary>
    public string? Answers { get; set; }

    /// <summary>Single answers by label: each label's value is read from its path (the label then maps to a lead field).</summary>
    public List<FormFieldPath> Fields { get; set; } = [];

    /// <summary>In a page, the next page's address, or (with <see cref="NextParameter"/>) its cursor. No value: the last page.</summary>
    public string? Next { get; set; }

    /// <summary>The query parameter that takes the <see cref="Next"/> cursor.</summary>
    public string? NextParameter { get; set; }

    /// <summary>The query parameter that takes the time of the newest submission already taken in (ISO 8601), for endpoints that filter by it.</summary>
    public string? SinceParameter { get; set; }

    /// <summary>True when any key is set.</summary>
    public bool IsSet =>
        Items is not null || Id is not null || SubmittedAt is not null || Form is not null || Answers is not null
        || Fields.Count > 0 || Next is not null || NextParameter is not null || SinceParameter is not null;
}

/// <summary>One answer of <see cref="FormMappingOptions.Fields"/>.</summary>
internal sealed class FormFieldPath
{
    /// <summary>The answer's label, e.g. "Name" or "Phone number".</summary>
    public string Label { get; set; } = "";

    /// <summary>Where its value is in a submission, e.g. <c>contact.phone</c>.</summary>
    public string Path { get; set; } = "";
}
