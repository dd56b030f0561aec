namespace SheetLeads.Core.Intake;

/// <summary>One answer of a form submission.</summary>
/// <param name="Label">The question's label (or a field ref when the service gives no label).</param>
/// <param name="Value">The answer as text.</param>
/// <param name="Hint">The field the form service itself says this is (an e-mail field type), which beats the label.</param>
public sealed record FormField(string Label, string Value, LeadField? Hint = null);
