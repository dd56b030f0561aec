using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace SheetLeads.SheetsEmulator.Tests.Support;

/// <summary>
/// A started emulator with one spreadsheet ("Leads" and "Team" tabs unless told) shared with a service account, and an
/// HttpClient that holds a token from the emulator's token endpoint: the plain HTTP a Sheets client sends.
/// </summary>
internal sealed class Sheet : IAsyncDisposable
{
    private Sheet(SheetsEmulator emulator, ServiceAccount account, EmulatedSpreadsheet spreadsheet, HttpClient http, TimeProvider time)
    {
        Time = time;
        Emulator = emulator;
        Account = account;
        Spreadsheet = spreadsheet;
        Http = http;
    }

    public SheetsEmulator Emulator { get; }

    public TimeProvider Time { get; }

    public ServiceAccount Account { get; }

    public EmulatedSpreadsheet Spreadsheet { get; }

    public HttpClient Http { get; }

    public EmulatedTab Leads => Spreadsheet.Tab("Leads");

    public string Id => Spreadsheet.Id;

    public static async Task<Sheet> StartAsync(EmulatorOptions? options = null, params string[] tabs)
    {
        var emulator = await SheetsEmulator.StartAsync(options);
        var account = emulator.CreateServiceAccount();
        var spreadsheet = emulator.CreateSpreadsheet("sheet-1", tabs.Length > 0 ? tabs : ["Leads", "Team"]);
        spreadsheet.Share(account.Email);
        var http = new HttpClient { BaseAddress = emulator.BaseUri };
        var sheet = new Sheet(emulator, account, spreadsheet, http, options?.Time ?? TimeProvider.System);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await sheet.TokenAsync());
        return sheet;
    }

    public async Task<string> TokenAsync(string? scope = Jwts.Scope)
    {
        var assertion = Jwts.Sign(Account, Jwts.Claims(Account, Emulator.TokenUri, Time.GetUtcNow(), scope));
        using var response = await TokenResponseAsync(assertion);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return (string)json["access_token"]!;
    }

    public async Task<HttpResponseMessage> TokenResponseAsync(string assertion, string grantType = "urn:ietf:params:oauth:grant-type:jwt-bearer")
    {
        using var plain = new HttpClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = grantType, ["assertion"] = assertion });
        return await plain.PostAsync(Emulator.TokenUri, form);
    }

    public string Path(string rest) => $"v4/spreadsheets/{Id}{rest}";

    public Task<Reply> GetAsync(string rest) => SendAsync(HttpMethod.Get, rest, null);

    public Task<Reply> PostAsync(string rest, JsonNode body) => SendAsync(HttpMethod.Post, rest, body);

    public Task<Reply> PutAsync(string rest, JsonNode body) => SendAsync(HttpMethod.Put, rest, body);

    public async Task<Reply> SendAsync(HttpMethod method, string rest, JsonNode? body)
    {
        using var request = new HttpRequestMessage(method, Path(rest));
        if (body is not null)
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new Reply(response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text), response.Headers.RetryAfter?.Delta);
    }

    /// <summary>Writes rows with values.update (USER_ENTERED unless told) and checks it worked.</summary>
    public async Task WriteAsync(string range, JsonArray rows, string input = "USER_ENTERED")
    {
        var reply = await PutAsync($"/values/{Uri.EscapeDataString(range)}?valueInputOption={input}", new JsonObject { ["values"] = rows });
        Assert.Equal(HttpStatusCode.OK, reply.Status);
    }

    public async Task<JsonNode> ValuesAsync(string range, string query = "")
    {
        var reply = await GetAsync($"/values/{Uri.EscapeDataString(range)}{query}");
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        return reply.Body!;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Emulator.DisposeAsync();
    }
}
