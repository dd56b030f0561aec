using SheetLeads.Core.Leads;

namespace SheetLeads.Core.Planning;

/// <summary>Which existing row a change is for; never a bare position.</summary>
public abstract record RowTarget;

/// <summary>The row holding this Lead ID.</summary>
/// <param name="Id">The Lead ID.</param>
public sealed record RowWithLeadId(LeadId Id) : RowTarget
{
    /// <inheritdoc />
    public override string ToString() => Id.ToString();
}

/// <summary>A typed row without a Lead ID, found by what it holds (<see cref="Sheet.RowFingerprint"/>).</summary>
/// <param name="RowNumber">Where it was at read time, to choose among identical rows.</param>
/// <param name="Fingerprint">What it held at read time.</param>
public sealed record TypedRow(int RowNumber, string Fingerprint) : RowTarget
{
    /// <inheritdoc />
    public override string ToString() => $"typed row {RowNumber}";
}
