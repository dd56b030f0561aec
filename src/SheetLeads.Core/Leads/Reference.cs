using System.Diagnostics.CodeAnalysis;

namespace SheetLeads.Core.Leads;

/// <summary>
/// The stable identity of one enquiry, <c>channel:external-id</c> (SPEC §3): a mail's Message-ID without angle
/// brackets (or <c>sha256:…</c> of the raw message), a form submission's id. Compared exactly.
/// </summary>
/// <param name="Channel">The channel's configured name.</param>
/// <param name="ExternalId">The id the channel gives the enquiry.</param>
public readonly record struct Reference(string Channel, string ExternalId)
{
    /// <summary>Reads one line of a Ref cell.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Reference? reference)
    {
        reference = null;
        var t = text?.Trim();
        if (string.IsNullOrEmpty(t))
            return false;
        var colon = t.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == t.Length - 1)
            return false;
        reference = new Reference(t[..colon], t[(colon + 1)..]);
        return true;
    }

    /// <summary>Every reference in a Ref cell, one per line; lines that are not references are ignored.</summary>
    public static IReadOnlyList<Reference> ParseLines(string? cell)
    {
        if (string.IsNullOrWhiteSpace(cell))
            return [];
        var list = new List<Reference>();
        foreach (var line in cell.Split('\n'))
            if (TryParse(line, out var r))
                list.Add(r.Value);
        return list;
    }

    /// <summary>The sheet form, <c>channel:external-id</c>.</summary>
    public override string ToString() => Channel + ":" + ExternalId;
}
