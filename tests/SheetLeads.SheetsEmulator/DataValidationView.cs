namespace SheetLeads.SheetsEmulator;

/// <summary>A cell's data validation rule, for assertions.</summary>
/// <param name="ConditionType">e.g. ONE_OF_LIST.</param>
/// <param name="Values">The condition's values (userEnteredValue of each).</param>
/// <param name="Strict">Whether invalid input is rejected.</param>
/// <param name="ShowCustomUi">Whether a dropdown is shown.</param>
public sealed record DataValidationView(string ConditionType, IReadOnlyList<string> Values, bool Strict, bool ShowCustomUi);
