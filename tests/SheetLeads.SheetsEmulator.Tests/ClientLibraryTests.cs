using Google;
using Google.Apis.Auth.OAuth2;
using Google.Apis.Http;
using Google.Apis.Services;
using Newtonsoft.Json.Linq;
using SheetLeads.SheetsEmulator.Tests.Support;

namespace SheetLeads.SheetsEmulator.Tests;

/// <summary>The emulator speaks to Google's own .NET client library: gzipped bodies, escaped ranges, errors it can parse.</summary>
public sealed class ClientLibraryTests
{
    private static readonly string[] Ranges = ["'My Tab'!A1:C1", "Leads"];

    private static async Task<(Sheet Sheet, SheetsClient Client, string KeyFile)> StartAsync()
    {
        var sheet = await Sheet.StartAsync(null, "Leads", "My Tab");
        var keyFile = Path.Combine(Path.GetTempPath(), $"sa-{Guid.NewGuid():N}.json");
        sheet.Account.WriteKeyFile(keyFile);
        var credential = CredentialFactory.FromFile<ServiceAccountCredential>(keyFile).ToGoogleCredential()
            .CreateScoped("https://www.googleapis.com/auth/spreadsheets");
        var client = new SheetsClient(new BaseClientService.Initializer
        {
            HttpClientInitializer = credential,
            BaseUri = sheet.Emulator.BaseUri.ToString(),
            DefaultExponentialBackOffPolicy = ExponentialBackOffPolicy.None,
            ApplicationName = "SheetLeads.Tests",
        });
        return (sheet, client, keyFile);
    }

    [Fact]
    public async Task Google_Apis_appends_to_a_quoted_tab_and_reads_it_back()
    {
        var (sheet, client, keyFile) = await StartAsync();
        await using var _ = sheet;
        using var __ = client;
        try
        {
            var body = JObject.Parse("""{"values":[["L-1","=1+1","+44 7700 900123"]]}""");

            var appended = await new SheetsClient.Append(client, sheet.Id, "'My Tab'!A:Q", body).ExecuteAsync();
            var read = await new SheetsClient.BatchGet(client, sheet.Id, Ranges).ExecuteAsync();

            Assert.Equal("'My Tab'!A1:C1", (string?)appended["updates"]!["updatedRange"]);
            Assert.Equal("[[\"L-1\",\"=1+1\",\"+44 7700 900123\"]]", read["valueRanges"]![0]!["values"]!.ToString(Newtonsoft.Json.Formatting.None));
            Assert.Equal("Leads!A1:Z1000", (string?)read["valueRanges"]![1]!["range"]);
        }
        finally
        {
            File.Delete(keyFile);
        }
    }

    [Fact]
    public async Task Google_Apis_reads_the_emulators_errors_as_GoogleApiException()
    {
        var (sheet, client, keyFile) = await StartAsync();
        await using var _ = sheet;
        using var __ = client;
        try
        {
            sheet.Emulator.Faults.Next(Fault.Status(429, TimeSpan.FromSeconds(3)), "values.append");

            var error = await Assert.ThrowsAsync<GoogleApiException>(() =>
                new SheetsClient.Append(client, sheet.Id, "Leads!A1", JObject.Parse("""{"values":[["x"]]}""")).ExecuteAsync());

            Assert.Equal(System.Net.HttpStatusCode.TooManyRequests, error.HttpStatusCode);
            Assert.Equal(429, error.Error.Code);
            Assert.StartsWith("Quota exceeded", error.Error.Message, StringComparison.Ordinal);
            Assert.Equal("rateLimitExceeded", error.Error.Errors.Single().Reason);
        }
        finally
        {
            File.Delete(keyFile);
        }
    }
}
