using Google.Apis.Auth.OAuth2;

namespace SheetLeads.Worker.GoogleSheets;

/// <summary>A service-account key file (the JSON Google's console downloads).</summary>
internal sealed record ServiceAccountKey(ServiceAccountCredential Credential, string Email)
{
    /// <exception cref="SheetsKeyException">The file is missing, unreadable or not a service-account key.</exception>
    public static ServiceAccountKey Read(string path)
    {
        if (!File.Exists(path))
            throw new SheetsKeyException($"The service-account key file {path} does not exist. Download a JSON key for the service account " +
                                         "(Google Cloud console → IAM & Admin → Service accounts → Keys → Add key → JSON) and point SheetLeads:Sheet:Google:CredentialsFile at it.");
        try
        {
            var credential = CredentialFactory.FromFile<ServiceAccountCredential>(path);
            return new ServiceAccountKey(credential, credential.Id);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or Newtonsoft.Json.JsonException or IOException or UnauthorizedAccessException or FormatException or System.Security.Cryptography.CryptographicException)
        {
            throw new SheetsKeyException($"The file {path} is not a usable service-account key ({e.Message}). It must be the JSON key of a " +
                                         "service account, with \"type\": \"service_account\", client_email and private_key.", e);
        }
    }
}

/// <summary>The service-account key cannot be used; the message says what to do.</summary>
internal sealed class SheetsKeyException(string message, Exception? inner = null) : Exception(message, inner);
