namespace SheetLeads.Worker.Tests.Summary;

/// <summary>How a lead is late: no first response past the target, days past its Next contact, past the conversion window.</summary>
internal readonly record struct Lateness(bool NoResponse, int? OverdueDays, bool Stalled);
