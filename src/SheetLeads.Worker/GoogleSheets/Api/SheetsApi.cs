using Google.Apis.Services;

namespace SheetLeads.Worker.GoogleSheets.Api;

/// <summary>
/// The Sheets v4 service on Google.Apis's client machinery: the few calls SheetLeads makes, with models taken from
/// the discovery document (Google.Apis.Sheets.v4 is not on every registry; this folder can be swapped for it).
/// </summary>
internal sealed class SheetsApi : BaseClientService
{
    /// <summary>Google's address; an emulator's is given through <see cref="BaseClientService.Initializer.BaseUri"/>.</summary>
    public const string GoogleBaseUri = "https://sheets.googleapis.com/";

    public SheetsApi(Initializer initializer) : base(initializer)
    {
        BaseUri = GetEffectiveUri(BaseUriOverride, GoogleBaseUri);
    }

    public override string Name => "sheets";

    public override string BaseUri { get; }

    public override string BasePath => "";

    public override IList<string> Features => [];

    public override string BatchUri => BaseUri + "batch";

    public override string BatchPath => "batch";

    /// <summary>
    /// Reads the answer from the response's bytes (already buffered whole, within the request timeout). Google.Apis's
    /// own turns them into one string first: for a Leads tab of thousands of rows, tens of megabytes more on the
    /// large-object heap every cycle, which the worker then keeps as resident memory (BENCHMARKS.md).
    /// </summary>
    public override async Task<T> DeserializeResponse<T>(HttpResponseMessage response)
    {
        await using var stream = await response.Content.ReadAsStreamAsync();
        return Serializer.Deserialize<T>(stream);
    }
}
