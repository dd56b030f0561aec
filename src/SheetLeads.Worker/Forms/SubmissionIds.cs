using System.Text.Json;
using SheetLeads.Core.Intake;

namespace SheetLeads.Worker.Forms;

/// <summary>
/// The external id of a submission (the second half of its reference). A service's id is used as given; an entry
/// without a usable one gets <c>sha256:…</c> of its canonical JSON, so the same submission — however the file is
/// indented or its keys ordered — is taken in exactly once.
/// </summary>
internal static class SubmissionIds
{
    /// <summary>The id a member gives, else the entry's digest.</summary>
    public static string Of(JsonElement entry, params string[] idMembers)
    {
        foreach (var name in idMembers)
            if (Usable(JsonText.Member(entry, name)) is { } id)
                return id;
        return Digest(entry);
    }

    /// <summary>The given id when it is usable, else the digest of the entry without the members named in <paramref name="without"/>.</summary>
    public static string From(string? id, JsonElement entry, params string[] without) =>
        Usable(id) ?? FormIntake.DigestId(CanonicalJson.Bytes(entry, without));

    /// <summary><c>sha256:</c> and the first 32 hex digits of the entry's canonical JSON.</summary>
    public static string Digest(JsonElement entry) => FormIntake.DigestId(CanonicalJson.Bytes(entry));

    // An id becomes one line of the Ref cell: line breaks or control characters would split it.
    private static string? Usable(string? id) =>
        string.IsNullOrWhiteSpace(id) || id.Length > 250 || id.Any(char.IsControl) ? null : id.Trim();
}
