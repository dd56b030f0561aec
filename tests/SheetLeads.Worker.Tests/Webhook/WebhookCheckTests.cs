using System.Security.Cryptography;
using System.Text;
using SheetLeads.Worker.Forms;
using SheetLeads.Worker.Options;
using SheetLeads.Worker.Webhook;

namespace SheetLeads.Worker.Tests.Webhook;

public class WebhookCheckTests
{
    private const string Secret = "whsec-5c1f";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"event_id":"01","event_type":"form_response"}""");
    private static readonly byte[] Mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Body);

    private static bool Verify(WebhookCheck check, Dictionary<string, string> headers, string? secretParameter = null) =>
        check.Verify(h => headers.TryGetValue(h, out var v) ? v : null, q => q == "secret" ? secretParameter : null, Body);

    [Fact]
    public void Typeform_signs_with_sha256_and_base64_in_its_own_header()
    {
        var check = WebhookSignatures.For(new WebhookOptions { Secret = Secret }, new TypeformPreset());

        Assert.True(Verify(check, new() { ["Typeform-Signature"] = "sha256=" + Convert.ToBase64String(Mac) }));
        Assert.False(Verify(check, new() { ["Typeform-Signature"] = Convert.ToBase64String(Mac) }));
        Assert.False(Verify(check, new() { ["Typeform-Signature"] = "sha256=" + Convert.ToBase64String(HMACSHA256.HashData("other"u8, Body)) }));
        Assert.False(Verify(check, []));
    }

    [Fact]
    public void Tally_signs_with_base64_in_its_own_header()
    {
        var check = WebhookSignatures.For(new WebhookOptions { Secret = Secret }, new TallyPreset());

        Assert.True(Verify(check, new() { ["Tally-Signature"] = Convert.ToBase64String(Mac) }));
        Assert.False(Verify(check, new() { ["Typeform-Signature"] = "sha256=" + Convert.ToBase64String(Mac) }));
    }

    [Fact]
    public void A_generic_HMAC_is_read_as_hex_or_base64_after_an_optional_prefix()
    {
        var check = WebhookSignatures.For(new WebhookOptions { Secret = Secret, Signature = "HmacSha256" }, new GenericFormPreset());

        Assert.True(Verify(check, new() { ["X-Signature-256"] = "sha256=" + Convert.ToHexStringLower(Mac) }));
        Assert.True(Verify(check, new() { ["X-Signature-256"] = Convert.ToHexString(Mac) }));
        Assert.True(Verify(check, new() { ["X-Signature-256"] = Convert.ToBase64String(Mac) }));
        Assert.False(Verify(check, new() { ["X-Signature-256"] = "sha256=" + new string('0', 64) }));
    }

    [Fact]
    public void A_shared_secret_comes_in_its_header_as_a_bearer_token_or_as_a_query_parameter()
    {
        var check = WebhookSignatures.For(new WebhookOptions { Secret = Secret }, new GenericFormPreset());

        Assert.True(Verify(check, new() { ["X-Webhook-Secret"] = Secret }));
        Assert.True(Verify(check, new() { ["Authorization"] = "Bearer " + Secret }));
        Assert.True(Verify(check, [], secretParameter: Secret));
        Assert.False(Verify(check, new() { ["X-Webhook-Secret"] = Secret + "x" }));
        Assert.False(Verify(check, []));
        Assert.DoesNotContain(Secret, check.ToString());
    }
}
