using SheetLeads.Core.Intake;

namespace SheetLeads.Worker.Forms;

/// <summary>What a poll asks a form service for.</summary>
/// <param name="Since">Submissions from this time on, as the service wrote its times (null: all of them).</param>
/// <param name="PageSize">Submissions per page; null leaves it to the service.</param>
internal sealed record FormQuery(FormTimestamp? Since, int? PageSize)
{
    /// <summary>The page size as a parameter value.</summary>
    public string? Size => PageSize?.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
