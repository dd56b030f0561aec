using Google.Apis.Auth.OAuth2;
using Google.Apis.Http;
using Google.Apis.Services;
using Microsoft.Extensions.Logging;
using SheetLeads.Worker.GoogleSheets.Api;
using SheetLeads.Worker.Options;

namespace SheetLeads.Worker.GoogleSheets;

/// <summary>Opens the Sheets API for the configured spreadsheet with the service-account key.</summary>
internal static class SheetsConnection
{
    /// <summary>Read and write access to the spreadsheets the service account is shared on.</summary>
    public const string Scope = "https://www.googleapis.com/auth/spreadsheets";

    /// <summary>A client for the spreadsheet; the key is read now, the token fetched on the first call.</summary>
    /// <exception cref="SheetsKeyException">The key file cannot be read or is not a service-account key.</exception>
    public static SheetsClient Open(GoogleSheetOptions options, TimeProvider time, ILogger logger)
    {
        var key = ServiceAccountKey.Read(options.CredentialsFile!);
        var api = new SheetsApi(new BaseClientService.Initializer
        {
            HttpClientInitializer = key.Credential.ToGoogleCredential().CreateScoped(Scope),
            ApplicationName = "SheetLeads",
            BaseUri = options.BaseUri,
            DefaultExponentialBackOffPolicy = ExponentialBackOffPolicy.None,
            GZipEnabled = true,
        });
        api.HttpClient.Timeout = options.RequestTimeout;
        var tuning = new SheetsTuning(options.ReadsPerMinute, options.WritesPerMinute, options.MaxRetries, options.RetryDelay, options.RequestTimeout);
        return new SheetsClient(api, options.SpreadsheetId!, key.Email, tuning, time, logger);
    }
}
