namespace SheetLeads.Worker.State;

/// <summary>What the worker noted about the sheet, kept across runs (each <c>sync --once</c> is a new process).</summary>
internal interface ISheetNotes
{
    /// <summary>Until when the sheet is read without asking for a Team tab it was found not to have, if it was.</summary>
    Task<DateTimeOffset?> TeamTabAbsentUntilAsync(CancellationToken cancellationToken);

    /// <summary>Notes the sheet has no Team tab until <paramref name="until"/>; null forgets it (the tab was found).</summary>
    Task NoteTeamTabAbsentAsync(DateTimeOffset? until, CancellationToken cancellationToken);
}
