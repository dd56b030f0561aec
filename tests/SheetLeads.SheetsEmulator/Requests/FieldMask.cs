namespace SheetLeads.SheetsEmulator.Requests;

/// <summary>Google's field masks: "a,b.c", "a(b,c)", "*".</summary>
internal static class FieldMask
{
    public static List<string> Paths(string? mask)
    {
        if (string.IsNullOrWhiteSpace(mask))
            throw ApiException.BadRequest("At least one field must be specified.");
        var paths = new List<string>();
        Expand(mask.Replace(" ", "", StringComparison.Ordinal), "", paths);
        return paths;
    }

    private static void Expand(string mask, string prefix, List<string> paths)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= mask.Length; i++)
        {
            if (i < mask.Length && mask[i] == '(')
                depth++;
            else if (i < mask.Length && mask[i] == ')')
                depth--;
            else if (i == mask.Length || mask[i] == ',' && depth == 0)
            {
                var part = mask[start..i];
                start = i + 1;
                if (part.Length == 0)
                    continue;
                var open = part.IndexOf('(', StringComparison.Ordinal);
                if (open < 0)
                    paths.Add(prefix + part);
                else
                    Expand(part[(open + 1)..^1], prefix + part[..open] + ".", paths);
            }
        }
    }

    /// <summary>Whether a path is named by the mask, directly, by a parent, or by "*".</summary>
    public static bool Covers(IEnumerable<string> paths, string path) =>
        paths.Any(p => p == "*" || p == path || path.StartsWith(p + ".", StringComparison.Ordinal));
}
