using System.Net;
using SheetLeads.Core.Intake;
using SheetLeads.Core.Sync;

namespace SheetLeads.Worker.Tests.FormApi;

/// <summary>The form endpoint channel against a real local HTTP server answering as each service does.</summary>
public sealed class FormApiChannelTests : IAsyncLifetime
{
    private FormApiSetup _setup = null!;

    public async Task InitializeAsync() => _setup = await FormApiSetup.StartAsync();

    public async Task DisposeAsync() => await _setup.DisposeAsync();

    private FakeForm Form(string preset, int submissions)
    {
        var form = _setup.Service.Form(preset, "f" + preset, preset == "Tally" ? ServiceItems.TallyEnvelope() : null);
        for (var n = 1; n <= submissions; n++)
            form.Add(ServiceItems.For(preset, n));
        return form;
    }

    private static string[] Ids(ChannelBatch batch) =>
        batch.Items.OfType<FormItem>().Select(i => i.Submission.Id).ToArray();

    [Theory]
    [InlineData("Typeform")]
    [InlineData("Tally")]
    [InlineData("JotForm")]
    [InlineData("Formspree")]
    [InlineData("Generic")]
    public async Task Every_page_is_followed_to_the_end_and_submissions_come_oldest_first(string preset)
    {
        var form = Form(preset, 5);
        var options = _setup.Options(form);
        options.PageSize = 2;

        var batch = await _setup.Channel(options).ReadAsync(100, CancellationToken.None);

        Assert.Equal(Enumerable.Range(1, 5).Select(n => ServiceItems.IdOf(preset, n)), Ids(batch));
        Assert.True(_setup.Service.Requests.Count >= 3, string.Join("\n", _setup.Service.Requests));
        Assert.False(batch.HasMore);
        var first = Assert.IsType<FormItem>(batch.Items[0]).Submission;
        Assert.Contains(first.Fields, f => f.Value == ServiceItems.Email(1));
    }

    [Theory]
    [InlineData("Typeform", "Authorization", "Bearer " + FakeFormService.Key)]
    [InlineData("JotForm", "APIKEY", FakeFormService.Key)]
    [InlineData("Formspree", "Authorization", "Basic OnRlc3Qta2V5LTdmM2E=")] // base64 of ":" + key, as curl -u :KEY sends it
    public async Task The_key_goes_in_the_header_each_service_documents(string preset, string header, string value)
    {
        var form = Form(preset, 1);

        var batch = await _setup.Channel(_setup.Options(form)).ReadAsync(100, CancellationToken.None);

        Assert.Single(batch.Items);
        Assert.All(_setup.Service.Headers, sent => Assert.Equal((header, value), sent));
    }

    [Fact]
    public async Task Once_committed_the_next_poll_asks_from_an_hour_before_the_newest_and_offers_only_new_submissions()
    {
        var form = Form("Typeform", 3);
        var channel = _setup.Channel(_setup.Options(form));
        var first = await channel.ReadAsync(100, CancellationToken.None);
        await _setup.CommitAsync(channel, first);
        form.Add(ServiceItems.For("Typeform", 4));

        var second = await channel.ReadAsync(100, CancellationToken.None);

        Assert.Equal([ServiceItems.IdOf("Typeform", 4)], Ids(second));
        Assert.Contains("since=2026-11-20T08%3A03%3A00", _setup.Service.Requests[^1], StringComparison.Ordinal);
        await _setup.CommitAsync(channel, second);
        Assert.Empty((await channel.ReadAsync(100, CancellationToken.None)).Items);
    }

    [Fact]
    public async Task A_batch_that_was_not_committed_is_offered_again_whole()
    {
        var form = Form("Tally", 3);
        var channel = _setup.Channel(_setup.Options(form));

        var first = await channel.ReadAsync(100, CancellationToken.None);
        var again = await channel.ReadAsync(100, CancellationToken.None);

        Assert.Equal(Ids(first), Ids(again));
        Assert.Equal(3, again.Items.Count);
    }

    [Fact]
    public async Task The_limit_takes_the_oldest_first_and_the_rest_follow_in_later_cycles_without_a_gap_or_a_double()
    {
        var form = Form("JotForm", 5);
        var channel = _setup.Channel(_setup.Options(form));
        var taken = new List<string>();

        for (var cycle = 0; cycle < 3; cycle++)
        {
            var batch = await channel.ReadAsync(2, CancellationToken.None);
            Assert.Equal(cycle < 2, batch.HasMore);
            taken.AddRange(Ids(batch));
            await _setup.CommitAsync(channel, batch);
        }

        Assert.Equal(Enumerable.Range(1, 5).Select(n => ServiceItems.IdOf("JotForm", n)), taken);
    }

    [Fact]
    public async Task A_refused_key_is_named_in_plain_words_without_the_key()
    {
        var form = Form("Typeform", 1);
        var options = _setup.Options(form);
        options.Token = "wrong-key-123";

        var e = await Assert.ThrowsAsync<ChannelException>(() => _setup.Channel(options).ReadAsync(100, CancellationToken.None));

        Assert.Equal($"Typeform ({_setup.Service.Url(form)}) refused the API key (HTTP 401 Unauthorized: \"Authentication credentials not found on the Request Headers\"); check Token (and TokenHeader, TokenScheme)", e.Message);
        Assert.DoesNotContain("wrong-key-123", string.Join("\n", _setup.Log.Lines.Select(l => l.Text)));
    }

    [Fact]
    public async Task A_short_Retry_After_is_waited_out_and_the_poll_succeeds()
    {
        var form = Form("Tally", 2).Then(new FakeFault(HttpStatusCode.TooManyRequests, """{"message":"Too many requests"}""", RetryAfter: TimeSpan.FromSeconds(1)));

        var started = DateTime.UtcNow;
        var batch = await _setup.Channel(_setup.Options(form)).ReadAsync(100, CancellationToken.None);

        Assert.Equal(2, batch.Items.Count);
        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromSeconds(0.9), "the retry came before Retry-After");
        Assert.Equal(2, _setup.Service.Requests.Count);
    }

    [Fact]
    public async Task A_long_Retry_After_fails_the_poll_and_the_channel_is_not_asked_again_before_then()
    {
        var form = Form("Typeform", 1).Then(new FakeFault(HttpStatusCode.TooManyRequests, """{"code":"RATE_LIMITED","description":"Too many requests"}""", RetryAfter: TimeSpan.FromSeconds(120)));
        var channel = _setup.Channel(_setup.Options(form));

        var limited = await Assert.ThrowsAsync<ChannelException>(() => channel.ReadAsync(100, CancellationToken.None));
        var deferred = await Assert.ThrowsAsync<ChannelException>(() => channel.ReadAsync(100, CancellationToken.None));

        Assert.Contains("is limiting requests (HTTP 429 Too Many Requests: \"Too many requests\"); it asked to wait 120 s, so it is not asked again before", limited.Message);
        Assert.StartsWith("Typeform asked to be left alone until ", deferred.Message);
        Assert.Single(_setup.Service.Requests);
    }

    [Fact]
    public async Task A_server_error_is_retried_and_a_lasting_one_fails_the_poll_with_its_status()
    {
        var form = Form("Formspree", 1).Then(new FakeFault(HttpStatusCode.InternalServerError, """{"error":"Internal error"}"""));
        Assert.Single((await _setup.Channel(_setup.Options(form)).ReadAsync(100, CancellationToken.None)).Items);

        form.Then(Enumerable.Repeat(new FakeFault(HttpStatusCode.BadGateway, "upstream failed", "text/plain"), 3).ToArray());
        var e = await Assert.ThrowsAsync<ChannelException>(() => _setup.Channel(_setup.Options(form)).ReadAsync(100, CancellationToken.None));

        Assert.EndsWith("failed (HTTP 502 Bad Gateway: \"upstream failed\", 3 attempts); it is asked again next cycle", e.Message);
    }

    [Fact]
    public async Task A_service_that_does_not_answer_in_time_fails_the_poll_after_its_retries()
    {
        var form = Form("JotForm", 1).Then(Enumerable.Repeat(new FakeFault(Delay: TimeSpan.FromSeconds(3)), 3).ToArray());
        var options = _setup.Options(form);
        options.RequestTimeout = TimeSpan.FromSeconds(1);

        var e = await Assert.ThrowsAsync<ChannelException>(() => _setup.Channel(options).ReadAsync(100, CancellationToken.None));

        Assert.EndsWith("did not answer within 1 s (3 attempts); it is asked again next cycle", e.Message);
    }

    [Fact]
    public async Task Malformed_JSON_fails_the_poll_and_takes_nothing()
    {
        var form = Form("Typeform", 1).Then(new FakeFault(HttpStatusCode.OK, """{"total_items": 1, "items": [ {"token": "abc" """));

        var e = await Assert.ThrowsAsync<ChannelException>(() => _setup.Channel(_setup.Options(form)).ReadAsync(100, CancellationToken.None));

        Assert.Contains("answered with JSON that does not parse (line 1, byte", e.Message);
    }

    [Fact]
    public async Task An_HTML_page_instead_of_JSON_is_named_by_its_title()
    {
        var form = Form("Tally", 1).Then(new FakeFault(HttpStatusCode.OK, "<!DOCTYPE html><html><head><title>Tally is down for maintenance</title></head><body>Back soon</body></html>", "text/html"));

        var e = await Assert.ThrowsAsync<ChannelException>(() => _setup.Channel(_setup.Options(form)).ReadAsync(100, CancellationToken.None));

        Assert.Contains("answered with an HTML page ('Tally is down for maintenance') instead of JSON (HTTP 200)", e.Message);
    }

    [Fact]
    public async Task A_changed_schema_fails_the_poll_instead_of_skipping_its_submissions()
    {
        var form = Form("Typeform", 1).Then(new FakeFault(HttpStatusCode.OK, """{"total": 1, "responses": [ { "id": "abc" } ]}"""));

        var e = await Assert.ThrowsAsync<ChannelException>(() => _setup.Channel(_setup.Options(form)).ReadAsync(100, CancellationToken.None));

        Assert.Contains("answered JSON that is not a Typeform responses page: no 'items' array; has the API changed, or is Preset wrong?", e.Message);
    }

    [Fact]
    public async Task An_entry_that_is_not_a_submission_is_an_unparseable_item_and_the_others_are_taken()
    {
        var form = Form("Typeform", 2);
        form.Add(new System.Text.Json.Nodes.JsonObject { ["submitted_at"] = "2026-11-20T09:30:00Z", ["what"] = "not a response" });

        var batch = await _setup.Channel(_setup.Options(form)).ReadAsync(100, CancellationToken.None);

        Assert.Equal(2, batch.Items.OfType<FormItem>().Count());
        var unreadable = Assert.Single(batch.Items.OfType<UnreadableItem>());
        Assert.Contains("is not a Typeform response", unreadable.Problem);
    }

    [Fact]
    public async Task Pushed_submissions_are_taken_first_and_forgotten_once_the_cycle_is_committed()
    {
        var options = new Worker.Options.ChannelOptions
        {
            Name = "quote", Kind = "Form", Preset = "Typeform", Webhook = new Worker.Options.WebhookOptions { Secret = "s" },
        };
        var channel = _setup.Channel(options);
        await _setup.State.EnqueueAsync("quote", DateTimeOffset.UtcNow, System.Text.Encoding.UTF8.GetBytes(Webhook.FormPushTests.TypeformPush), CancellationToken.None);

        var batch = await channel.ReadAsync(100, CancellationToken.None);
        await _setup.CommitAsync(channel, batch);
        var next = await channel.ReadAsync(100, CancellationToken.None);

        Assert.Equal(["tok-pushed-1"], Ids(batch));
        Assert.Empty(next.Items);
        Assert.Empty(await _setup.State.PendingAsync("quote", 0, 10, CancellationToken.None));
        Assert.Empty(_setup.Service.Requests); // pushed only: nothing polled
    }

    [Fact]
    public async Task A_submission_both_pushed_and_polled_is_one_item()
    {
        var form = Form("Typeform", 2);
        var options = _setup.Options(form);
        options.Webhook = new Worker.Options.WebhookOptions { Secret = "s" };
        var pushed = System.Text.Json.Nodes.JsonNode.Parse($$"""{ "event_type": "form_response", "form_response": {{ServiceItems.For("Typeform", 2).ToJsonString()}} }""")!;
        await _setup.State.EnqueueAsync(options.Name, DateTimeOffset.UtcNow, System.Text.Encoding.UTF8.GetBytes(pushed.ToJsonString()), CancellationToken.None);

        var batch = await _setup.Channel(options).ReadAsync(100, CancellationToken.None);

        Assert.Equal([ServiceItems.IdOf("Typeform", 2), ServiceItems.IdOf("Typeform", 1)], Ids(batch));
    }

    [Fact]
    public async Task A_failing_poll_does_not_hold_back_the_pushes_and_is_reported()
    {
        var form = Form("Typeform", 1).Then(new FakeFault(HttpStatusCode.Unauthorized, """{"description":"Token revoked"}"""));
        var options = _setup.Options(form);
        options.Webhook = new Worker.Options.WebhookOptions { Secret = "s" };
        await _setup.State.EnqueueAsync(options.Name, DateTimeOffset.UtcNow, System.Text.Encoding.UTF8.GetBytes(Webhook.FormPushTests.TypeformPush), CancellationToken.None);

        var batch = await _setup.Channel(options).ReadAsync(100, CancellationToken.None);

        Assert.Equal(["tok-pushed-1"], Ids(batch));
        Assert.Contains("refused the API key (HTTP 401 Unauthorized: \"Token revoked\")", Assert.Single(batch.Problems));
    }
}
