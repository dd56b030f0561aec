using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace SheetLeads.Worker.Tests.FormApi;

/// <summary>
/// One form of a <see cref="FakeFormService"/>: its submissions and how its service lists them — newest first, filtered
/// by the service's time parameter, paged by its paging parameter, wrapped in the service's envelope.
/// </summary>
internal sealed class FakeForm(string preset, string path, JsonObject envelope)
{
    private readonly List<JsonObject> _submissions = [];
    private readonly ConcurrentQueue<FakeFault> _faults = new();
    private readonly List<TaskCompletionSource> _holds = [];

    public string Preset { get; } = preset;
    public string Path { get; } = path;

    /// <summary>Submissions added so far.</summary>
    public int Count { get { lock (_submissions) return _submissions.Count; } }

    /// <summary>Adds submissions in the service's own item shape.</summary>
    public FakeForm Add(params JsonObject[] submissions)
    {
        lock (_submissions)
            _submissions.AddRange(submissions);
        return this;
    }

    /// <summary>The next requests get these answers, one each, before the form answers normally again.</summary>
    public FakeForm Then(params FakeFault[] faults)
    {
        foreach (var fault in faults)
        {
            if (fault.Hold is { } hold)
                lock (_holds) _holds.Add(hold);
            _faults.Enqueue(fault);
        }
        return this;
    }

    public FakeFault? TakeFault() => _faults.TryDequeue(out var fault) ? fault : null;

    public void ReleaseAll()
    {
        lock (_holds)
            foreach (var hold in _holds)
                hold.TrySetResult();
    }

    public bool Accepts(string header) => Preset switch
    {
        "JotForm" => header == FakeFormService.Key,
        "Formspree" => header == "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(":" + FakeFormService.Key)) || header == "Bearer " + FakeFormService.Key,
        _ => header == "Bearer " + FakeFormService.Key,
    };

    public JsonNode Page(IQueryCollection query)
    {
        JsonObject[] all;
        lock (_submissions)
            all = _submissions.OrderByDescending(Time).ToArray();
        return Preset switch
        {
            "Typeform" => Typeform(all, query),
            "Tally" => Tally(all, query),
            "JotForm" => JotForm(all, query),
            "Formspree" => Formspree(all, query),
            _ => Generic(all, query),
        };
    }

    private string TimeMember => Preset switch
    {
        "Typeform" => "submitted_at",
        "JotForm" => "created_at",
        "Formspree" => "_date",
        "Generic" => "created",
        _ => "submittedAt",
    };

    private DateTime Time(JsonObject submission) =>
        DateTime.Parse(submission[TimeMember]!.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

    private IEnumerable<JsonObject> Since(IEnumerable<JsonObject> all, string? since, bool inclusive = true)
    {
        if (string.IsNullOrEmpty(since))
            return all;
        var from = DateTime.Parse(since, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        return all.Where(s => inclusive ? Time(s) >= from : Time(s) > from);
    }

    private static int Int(IQueryCollection query, string name, int fallback) =>
        int.TryParse(query[name], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : fallback;

    private JsonObject Envelope(params (string Name, JsonNode? Value)[] members)
    {
        var page = (JsonObject)envelope.DeepClone();
        foreach (var (name, value) in members)
            page[name] = value;
        return page;
    }

    private static JsonArray Array(IEnumerable<JsonObject> items) => new(items.Select(i => (JsonNode)i.DeepClone()).ToArray());

    // GET /forms/{id}/responses?page_size&since&before: newest first; `before` a token, exclusive.
    private JsonObject Typeform(JsonObject[] all, IQueryCollection query)
    {
        var size = Int(query, "page_size", 25);
        var left = Since(all, query["since"]).ToList();
        if (query["before"].ToString() is { Length: > 0 } before)
            left = left.SkipWhile(s => s["token"]!.GetValue<string>() != before).Skip(1).ToList();
        return Envelope(("total_items", left.Count), ("page_count", (left.Count + size - 1) / size), ("items", Array(left.Take(size))));
    }

    // GET /forms/{id}/submissions?page&startDate: 50 a page, newest first.
    private JsonObject Tally(JsonObject[] all, IQueryCollection query)
    {
        var size = Int(query, "limit", 50);
        var page = Int(query, "page", 1);
        var left = Since(all, query["startDate"]).ToList();
        return Envelope(("page", page), ("limit", size), ("hasMore", left.Count > page * size),
            ("totalNumberOfSubmissionsPerFilter", new JsonObject { ["all"] = left.Count, ["completed"] = left.Count, ["partial"] = 0 }),
            ("submissions", Array(left.Skip((page - 1) * size).Take(size))));
    }

    // GET /form/{id}/submissions?limit&offset&filter={"created_at:gt":"…"}: newest first, 20 by default.
    private JsonObject JotForm(JsonObject[] all, IQueryCollection query)
    {
        var limit = Int(query, "limit", 20);
        var offset = Int(query, "offset", 0);
        var after = query["filter"].ToString() is { Length: > 0 } filter ? JsonNode.Parse(filter)?["created_at:gt"]?.GetValue<string>() : null;
        var items = Since(all, after, inclusive: false).Skip(offset).Take(limit).ToArray();
        return Envelope(("responseCode", 200), ("message", "success"), ("content", Array(items)),
            ("resultSet", new JsonObject { ["offset"] = offset, ["limit"] = limit, ["orderby"] = "created_at", ["count"] = items.Length }),
            ("limit-left", 9990));
    }

    // GET /api/0/forms/{id}/submissions?limit&offset&since&order: newest first unless order=asc.
    private JsonObject Formspree(JsonObject[] all, IQueryCollection query)
    {
        var list = Since(all, query["since"]);
        if (query["order"] == "asc")
            list = list.Reverse();
        var items = list.Skip(Int(query, "offset", 0)).Take(Int(query, "limit", 100));
        return Envelope(("submissions", Array(items)));
    }

    // GET /generic/{id}?since&cursor: { "data": [...], "next": "<address of the next page>" }, 2 a page, oldest first.
    private JsonObject Generic(JsonObject[] all, IQueryCollection query)
    {
        var cursor = Int(query, "cursor", 0);
        var list = Since(all.Reverse(), query["since"]).ToList();
        var items = list.Skip(cursor).Take(2);
        var more = list.Count > cursor + 2;
        return Envelope(("data", Array(items)), ("next", more ? $"{Path}?cursor={cursor + 2}" + (query["since"].ToString() is { Length: > 0 } s ? "&since=" + Uri.EscapeDataString(s) : "") : null));
    }
}
