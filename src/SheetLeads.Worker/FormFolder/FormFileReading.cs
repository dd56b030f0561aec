using SheetLeads.Core.Intake;

namespace SheetLeads.Worker.FormFolder;

/// <summary>What one form file held.</summary>
/// <param name="Items">Its submissions, and an unparseable item for the file or for each entry that is not a submission.</param>
/// <param name="LeftOut">Entries the service marks as not submitted (partial, deleted).</param>
internal sealed record FormFileReading(IReadOnlyList<ChannelItem> Items, int LeftOut);
