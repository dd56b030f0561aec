using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using SheetLeads.Worker.Options;
using SheetLeads.Worker.State;
using SheetLeads.Worker.Jobs;
using SheetLeads.Worker.Webhook;

namespace SheetLeads.Worker.Tests.Webhook;

/// <summary>The webhook endpoint on a real Kestrel port with the real SQLite inbox.</summary>
public sealed class WebhookServerTests : IAsyncLifetime, IDisposable
{
    private const string Secret = "tf-signing-secret";
    private readonly string _root = Directory.CreateTempSubdirectory("sheetleads-webhook-").FullName;
    private readonly RecordingTrigger _trigger = new();
    private readonly HttpClient _http = new();
    private WebhookServer _server = null!;
    private SqliteWorkerState _state = null!;

    private string StatePath => Path.Combine(_root, "state.db");

    public async Task InitializeAsync()
    {
        _state = new SqliteWorkerState(StatePath);
        _server = await StartAsync(_state);
    }

    public async Task DisposeAsync()
    {
        await _server.StopAsync(CancellationToken.None);
        await _server.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }

    public void Dispose() => _http.Dispose();

    private async Task<WebhookServer> StartAsync(IWebhookInbox inbox)
    {
        var channels = new ChannelsOptions
        {
            Items = [new ChannelOptions { Name = "quote", Kind = "Form", Preset = "Typeform", Webhook = new WebhookOptions { Secret = Secret } }],
        };
        var server = new WebhookServer(
            Microsoft.Extensions.Options.Options.Create(new WebhooksOptions { Enabled = true, Listen = "http://127.0.0.1:0", MaxBodyBytes = 4096 }),
            Microsoft.Extensions.Options.Options.Create(channels), inbox, _trigger, TimeProvider.System, NullLogger<WebhookServer>.Instance);
        await server.StartAsync(CancellationToken.None);
        return server;
    }

    private Task<HttpResponseMessage> PostAsync(string channel, string body, string? signature = "valid", WebhookServer? server = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, (server ?? _server).Addresses[0] + "/webhooks/" + channel)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (signature is not null)
            request.Headers.Add("Typeform-Signature", signature == "valid" ? Sign(body) : signature);
        return _http.SendAsync(request);
    }

    private static string Sign(string body) =>
        "sha256=" + Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes(body)));

    private Task<IReadOnlyList<PushedBody>> InboxAsync() => new SqliteWorkerState(StatePath).PendingAsync("quote", 0, 100, CancellationToken.None);

    [Fact]
    public async Task A_signed_push_is_kept_on_disk_before_the_200_and_a_sync_starts()
    {
        using var response = await PostAsync("quote", FormPushTests.TypeformPush);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var kept = Assert.Single(await InboxAsync()); // read through a new connection: it is on disk
        Assert.Equal(FormPushTests.TypeformPush, Encoding.UTF8.GetString(kept.Body));
        Assert.True(await _trigger.Started.Task.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("sha256=bm90IHRoZSBzaWduYXR1cmU=")]
    public async Task An_unsigned_or_wrongly_signed_push_is_refused_with_401_and_not_kept(string? signature)
    {
        using var response = await PostAsync("quote", FormPushTests.TypeformPush, signature);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("no valid Typeform proof in Typeform-Signature", await response.Content.ReadAsStringAsync());
        Assert.Empty(await InboxAsync());
    }

    [Fact]
    public async Task An_oversized_push_is_refused_with_413_and_not_kept()
    {
        var body = "{ \"form_response\": { \"token\": \"big\", \"answers\": [], \"padding\": \"" + new string('x', 5000) + "\" } }";

        using var response = await PostAsync("quote", body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(await InboxAsync());
    }

    [Fact]
    public async Task A_channel_that_takes_no_pushes_is_404_and_a_signed_body_that_is_not_JSON_is_400()
    {
        using var unknown = await PostAsync("nosuch", FormPushTests.TypeformPush);
        using var notJson = await PostAsync("quote", "form_response=token");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Empty(await InboxAsync());
    }

    [Fact]
    public async Task A_push_the_inbox_cannot_keep_gets_503_so_the_service_sends_it_again()
    {
        var broken = await StartAsync(new BrokenInbox());
        try
        {
            using var response = await PostAsync("quote", FormPushTests.TypeformPush, server: broken);

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(30), response.Headers.RetryAfter?.Delta);
        }
        finally
        {
            await broken.StopAsync(CancellationToken.None);
            await broken.DisposeAsync();
        }
    }

    private sealed class RecordingTrigger : ISyncTrigger
    {
        public TaskCompletionSource<bool> Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task SyncNowAsync(CancellationToken cancellationToken)
        {
            Started.TrySetResult(true);
            return Task.CompletedTask;
        }
    }

    private sealed class BrokenInbox : IWebhookInbox
    {
        public Task<long> EnqueueAsync(string channel, DateTimeOffset receivedAt, byte[] body, CancellationToken cancellationToken) =>
            throw new IOException("disk full");

        public Task<IReadOnlyList<PushedBody>> PendingAsync(string channel, long after, int limit, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<PushedBody>>([]);

        public Task ForgetAsync(string channel, long through, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
