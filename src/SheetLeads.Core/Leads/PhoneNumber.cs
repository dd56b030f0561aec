namespace SheetLeads.Core.Leads;

/// <summary>
/// A phone number as the sheet shows it: E.164 (<c>+447700900123</c>) when libphonenumber could parse it,
/// otherwise exactly as the customer typed it (SPEC §2). Made by <see cref="Normalisation.PhoneNormaliser"/>.
/// </summary>
/// <param name="Text">What is written to the Phone cell.</param>
/// <param name="IsE164">False when the number could not be parsed and is kept as typed.</param>
public sealed record PhoneNumber(string Text, bool IsE164)
{
    /// <inheritdoc />
    public override string ToString() => Text;
}
