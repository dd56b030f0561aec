using System.Globalization;

namespace SheetLeads.Worker.Forms;

/// <summary>Query strings of form API requests: parameters set or replaced, the configured URL's own ones kept.</summary>
internal static class FormUrls
{
    /// <summary><paramref name="url"/> with each parameter set to its value (a null value removes it).</summary>
    public static Uri With(Uri url, params (string Name, string? Value)[] parameters)
    {
        var pairs = Parse(url.Query);
        foreach (var (name, value) in parameters)
        {
            pairs.RemoveAll(p => p.Name == name);
            if (value is not null)
                pairs.Add((name, value));
        }
        var query = string.Join('&', pairs.Select(p => Uri.EscapeDataString(p.Name) + "=" + Uri.EscapeDataString(p.Value)));
        return new UriBuilder(url) { Query = query }.Uri;
    }

    /// <summary>The value of a parameter of <paramref name="url"/>, or null.</summary>
    public static string? Get(Uri url, string name) =>
        Parse(url.Query).Where(p => p.Name == name).Select(p => p.Value).LastOrDefault();

    /// <summary>A whole number parameter, or null.</summary>
    public static int? Int(Uri url, string name) =>
        int.TryParse(Get(url, name), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>The address without its query, to name an endpoint in messages: keys some services take as a parameter stay out of logs.</summary>
    public static string Safe(Uri url) => url.GetLeftPart(UriPartial.Path);

    private static List<(string Name, string Value)> Parse(string query)
    {
        var pairs = new List<(string, string)>();
        foreach (var part in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            var name = eq < 0 ? part : part[..eq];
            var value = eq < 0 ? "" : part[(eq + 1)..];
            pairs.Add((Decode(name), Decode(value)));
        }
        return pairs;
    }

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
