namespace SheetLeads.Core.Tests.Support;

/// <summary>The order in which the fakes were called, so a test can check what happened before what.</summary>
internal sealed class Journal
{
    private readonly List<string> _entries = [];

    public IReadOnlyList<string> Entries => _entries;

    public void Note(string entry) => _entries.Add(entry);
}
