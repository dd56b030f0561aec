namespace SheetLeads.SheetsEmulator.Http;

/// <summary>Which Sheets method a request path names, as in the discovery document.</summary>
internal sealed record ApiRoute(string Method, bool IsWrite, string SpreadsheetId, string? Range = null, int? MetadataId = null)
{
    private const string Prefix = "/v4/spreadsheets/";

    public static ApiRoute? Parse(string httpMethod, string path)
    {
        if (!path.StartsWith(Prefix, StringComparison.Ordinal))
            return null;
        var rest = path[Prefix.Length..];
        var idEnd = rest.IndexOfAny(['/', ':']);
        var id = idEnd < 0 ? rest : rest[..idEnd];
        var tail = idEnd < 0 ? "" : rest[idEnd..];
        if (id.Length == 0)
            return null;
        var get = httpMethod == "GET";
        var post = httpMethod == "POST";
        return tail switch
        {
            "" when get => new("spreadsheets.get", false, id),
            ":batchUpdate" when post => new("spreadsheets.batchUpdate", true, id),
            ":getByDataFilter" when post => new("spreadsheets.getByDataFilter", false, id),
            "/values:batchGet" when get => new("values.batchGet", false, id),
            "/values:batchUpdate" when post => new("values.batchUpdate", true, id),
            "/values:batchClear" when post => new("values.batchClear", true, id),
            "/values:batchGetByDataFilter" when post => new("values.batchGetByDataFilter", false, id),
            "/values:batchUpdateByDataFilter" when post => new("values.batchUpdateByDataFilter", true, id),
            "/values:batchClearByDataFilter" when post => new("values.batchClearByDataFilter", true, id),
            "/developerMetadata:search" when post => new("developerMetadata.search", false, id),
            _ when tail.StartsWith("/developerMetadata/", StringComparison.Ordinal) && get
                && int.TryParse(tail["/developerMetadata/".Length..], out var metadataId) => new("developerMetadata.get", false, id, MetadataId: metadataId),
            _ when tail.StartsWith("/values/", StringComparison.Ordinal) => Values(httpMethod, id, tail["/values/".Length..]),
            _ => null,
        };
    }

    private static ApiRoute? Values(string httpMethod, string id, string rangeAndVerb)
    {
        var colon = rangeAndVerb.LastIndexOf(':');
        var verb = colon >= 0 ? rangeAndVerb[(colon + 1)..] : "";
        if (httpMethod == "POST" && verb is "append" or "clear")
            return new ApiRoute("values." + verb, true, id, rangeAndVerb[..colon]);
        if (rangeAndVerb.Length == 0)
            return null;
        return httpMethod switch
        {
            "GET" => new ApiRoute("values.get", false, id, rangeAndVerb),
            "PUT" => new ApiRoute("values.update", true, id, rangeAndVerb),
            _ => null,
        };
    }
}
