using System.Diagnostics.CodeAnalysis;

namespace SheetLeads.Core.Leads;

/// <summary>A validated e-mail address, trimmed and lower-cased (SPEC §2).</summary>
public sealed record EmailAddress
{
    private EmailAddress(string value) => Value = value;

    /// <summary>The normalised address.</summary>
    public string Value { get; }

    /// <summary>The part after the <c>@</c>.</summary>
    public string Domain => Value[(Value.LastIndexOf('@') + 1)..];

    /// <summary>The part before the <c>@</c>.</summary>
    public string LocalPart => Value[..Value.LastIndexOf('@')];

    /// <summary>Accepts <c>local@domain.tld</c>, optionally inside <c>mailto:</c> or angle brackets.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out EmailAddress? address)
    {
        address = null;
        var t = text?.Trim().Trim('<', '>', '"', '\'').Trim();
        if (string.IsNullOrEmpty(t))
            return false;
        if (t.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
            t = t[7..];
        var at = t.LastIndexOf('@');
        if (at <= 0 || at == t.Length - 1 || t.Length > 254)
            return false;
        var local = t[..at];
        var domain = t[(at + 1)..];
        if (local.Length > 64 || !domain.Contains('.', StringComparison.Ordinal) || domain.StartsWith('.') || domain.EndsWith('.'))
            return false;
        foreach (var c in t)
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or ',' or ';' or '(' or ')' or '[' or ']' or '\\')
                return false;
        if (local.Contains('@', StringComparison.Ordinal) || domain.Contains("..", StringComparison.Ordinal))
            return false;
        address = new EmailAddress(t.ToLowerInvariant());
        return true;
    }

    /// <summary>True when the address is in <paramref name="domain"/> or one of its subdomains.</summary>
    public bool IsIn(string domain)
    {
        var d = domain.Trim().TrimStart('@').ToLowerInvariant();
        return Domain == d || Domain.EndsWith("." + d, StringComparison.Ordinal);
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
