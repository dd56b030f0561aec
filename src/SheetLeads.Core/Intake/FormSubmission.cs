namespace SheetLeads.Core.Intake;

/// <summary>One submission of a web form, read by a preset parser from the service's JSON.</summary>
/// <param name="Id">The service's submission id (the reference's external id).</param>
/// <param name="SubmittedAt">When it was submitted: an instant, or a wall-clock time read in the business time zone.</param>
/// <param name="Form">The form's name, if the service gives one.</param>
/// <param name="Fields">The answers in the order the form shows them.</param>
public sealed record FormSubmission(string Id, FormTimestamp? SubmittedAt, string? Form, IReadOnlyList<FormField> Fields);

/// <summary>A submission time as the service wrote it.</summary>
/// <param name="Value">The date and time as written.</param>
/// <param name="Offset">The UTC offset written with it; null when the service wrote none (SPEC §10: business time zone).</param>
public readonly record struct FormTimestamp(DateTime Value, TimeSpan? Offset);
