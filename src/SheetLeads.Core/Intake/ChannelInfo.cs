namespace SheetLeads.Core.Intake;

/// <summary>A channel as the rules see it.</summary>
/// <param name="Name">The configured name, the first part of every reference it makes.</param>
/// <param name="Source">The Source label written to the sheet.</param>
public sealed record ChannelInfo(string Name, string Source);
