using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Google.Apis.Auth.OAuth2;
using SheetLeads.SheetsEmulator.Tests.Support;

namespace SheetLeads.SheetsEmulator.Tests;

public sealed class AuthenticationTests
{
    [Fact]
    public async Task The_token_endpoint_grants_a_bearer_token_for_a_signed_assertion()
    {
        await using var sheet = await Sheet.StartAsync();
        var assertion = Jwts.Sign(sheet.Account, Jwts.Claims(sheet.Account, sheet.Emulator.TokenUri, DateTimeOffset.UtcNow));

        using var response = await sheet.TokenResponseAsync(assertion);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3599, (int)json["expires_in"]!);
        Assert.Equal("Bearer", (string?)json["token_type"]);
        Assert.False(string.IsNullOrEmpty((string?)json["access_token"]));
    }

    [Theory]
    [InlineData("signature", "invalid_grant", "Invalid JWT Signature.")]
    [InlineData("audience", "invalid_grant", "Invalid JWT: Failed audience check.")]
    [InlineData("lifetime", "invalid_grant", "Invalid JWT: Token must be a short-lived token (60 minutes)")]
    [InlineData("scope", "invalid_scope", "Invalid OAuth scope or ID token audience provided.")]
    public async Task The_token_endpoint_refuses_bad_assertions_as_Google_does(string flaw, string error, string description)
    {
        await using var sheet = await Sheet.StartAsync();
        var now = DateTimeOffset.UtcNow;
        var claims = flaw switch
        {
            "audience" => Jwts.Claims(sheet.Account, new Uri("https://example.com/token"), now),
            "lifetime" => Jwts.Claims(sheet.Account, sheet.Emulator.TokenUri, now, lifetime: TimeSpan.FromHours(2)),
            "scope" => Jwts.Claims(sheet.Account, sheet.Emulator.TokenUri, now, scope: "https://www.googleapis.com/auth/gmail.send"),
            _ => Jwts.Claims(sheet.Account, sheet.Emulator.TokenUri, now),
        };
        var assertion = Jwts.Sign(sheet.Account, claims);
        if (flaw == "signature")
            assertion = assertion[..^6] + (assertion[^6] == 'A' ? "B" : "A") + assertion[^5..];

        using var response = await sheet.TokenResponseAsync(assertion);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(error, (string?)json["error"]);
        Assert.StartsWith(description, (string?)json["error_description"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_expires_after_an_hour()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var sheet = await Sheet.StartAsync(new EmulatorOptions { Time = time });

        time.Advance(TimeSpan.FromSeconds(3600));
        var reply = await sheet.GetAsync("/values/Leads!A1");

        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
    }

    [Fact]
    public async Task A_read_only_token_may_read_but_not_write()
    {
        await using var sheet = await Sheet.StartAsync();
        sheet.Http.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Bearer", await sheet.TokenAsync("https://www.googleapis.com/auth/spreadsheets.readonly"));

        var read = await sheet.GetAsync("/values/Leads!A1");
        var write = await sheet.PutAsync("/values/Leads!A1?valueInputOption=RAW", new JsonObject { ["values"] = J.Rows(["x"]) });

        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.Equal(HttpStatusCode.Forbidden, write.Status);
        Assert.Equal("Request had insufficient authentication scopes.", write.ErrorMessage);
    }

    [Fact]
    public async Task A_self_signed_JWT_is_accepted_as_a_bearer_token()
    {
        await using var sheet = await Sheet.StartAsync();
        var jwt = Jwts.Sign(sheet.Account, Jwts.Claims(sheet.Account, sheet.Emulator.BaseUri, DateTimeOffset.UtcNow, scope: null));
        sheet.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", jwt);

        var reply = await sheet.GetAsync("/values/Leads!A1");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
    }

    [Fact]
    public async Task Google_client_library_credentials_from_the_key_file_get_a_token()
    {
        await using var sheet = await Sheet.StartAsync();
        var keyFile = Path.Combine(Path.GetTempPath(), $"sa-{Guid.NewGuid():N}.json");
        sheet.Account.WriteKeyFile(keyFile);
        try
        {
            var credential = CredentialFactory.FromFile<ServiceAccountCredential>(keyFile)
                .ToGoogleCredential()
                .CreateScoped("https://www.googleapis.com/auth/spreadsheets");

            var token = await ((ITokenAccess)credential).GetAccessTokenForRequestAsync();
            using var request = new HttpRequestMessage(HttpMethod.Get, sheet.Path("/values/Leads!A1"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await sheet.Http.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(1, sheet.Emulator.Requests.Count("token") - 1);
        }
        finally
        {
            File.Delete(keyFile);
        }
    }
}
