using SheetLeads.Core.Sheet;

namespace SheetLeads.Worker.Hosting;

/// <summary>The configured sheet back end, seen through each of its roles.</summary>
internal sealed record SheetBackend(ILeadSheet Sheet, ISheetSetup Setup, ICheckable Check, ISummarySheet Summary, Notifications.IRowLinks Links);
