using SheetLeads.Core.Leads;

namespace SheetLeads.Core.Tests.Support;

/// <summary>Builders for test data; each gives a sensible value for everything a test does not care about.</summary>
internal static partial class Some
{
    /// <summary>An address the test knows to be valid.</summary>
    public static EmailAddress Email(string text) =>
        EmailAddress.TryParse(text, out var address) ? address : throw new ArgumentException($"'{text}' is not an address.", nameof(text));
}
