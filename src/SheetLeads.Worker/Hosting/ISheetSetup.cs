using SheetLeads.Core.Sheet;

namespace SheetLeads.Worker.Hosting;

/// <summary>What <c>init</c> asks of a sheet back end: create or repair the tabs, never destroying data.</summary>
internal interface ISheetSetup
{
    /// <summary>Creates what is missing and returns what was done, one line each, in words for a person.</summary>
    Task<IReadOnlyList<string>> PrepareAsync(SheetLayout layout, CancellationToken cancellationToken);
}
