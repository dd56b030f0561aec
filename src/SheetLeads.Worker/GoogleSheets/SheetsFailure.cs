using System.Net;
using SheetLeads.Core.Sheet;
using SheetLeads.Worker.GoogleSheets.Api;

namespace SheetLeads.Worker.GoogleSheets;

/// <summary>Turns a failed Sheets call into a message that says what is wrong and what to do (SPEC §8).</summary>
internal static class SheetsFailure
{
    /// <summary>The failure as the port's <see cref="SheetUnavailableException"/>, or null when it is not a Sheets failure.</summary>
    public static SheetUnavailableException? Explain(Exception e, SheetsClient client) => Message(e, client) is { } message
        ? new SheetUnavailableException(message, e)
        : null;

    /// <summary>What went wrong, in words for a person, or null when <paramref name="e"/> is not a Sheets failure.</summary>
    public static string? Message(Exception e, SheetsClient client)
    {
        var sheet = $"spreadsheet {client.SpreadsheetId}";
        return e switch
        {
            SheetsKeyException => e.Message,
            SheetsAuthException { IsUnavailable: true } auth => $"{auth.Message}; the next cycle tries again.",
            SheetsAuthException auth => $"{auth.Message}. The key may have been deleted or disabled: create a new JSON key for " +
                                        $"{client.ServiceAccount} and point SheetLeads:Sheet:Google:CredentialsFile at it.",
            SheetsCallException { Status: HttpStatusCode.Forbidden } =>
                $"The service account {client.ServiceAccount} may not edit {sheet}: share the sheet with {client.ServiceAccount} as Editor " +
                "(Share → add the address → Editor), and make sure the Google Sheets API is enabled for the key's project.",
            SheetsCallException { Status: HttpStatusCode.NotFound } =>
                $"Google has no {sheet}: check SheetLeads:Sheet:Google:SpreadsheetId (the part of the sheet's address between " +
                "/d/ and /edit), and that the sheet was not deleted.",
            SheetsCallException { Status: HttpStatusCode.Unauthorized } =>
                $"Google did not accept the access token for {client.ServiceAccount}; check the key file and the machine's clock.",
            SheetsCallException { Status: HttpStatusCode.TooManyRequests } call =>
                $"Google's per-minute quota for {sheet} is used up and stayed so through every retry ({call.GoogleMessage}); the next cycle tries again.",
            SheetsCallException { Status: null } call =>
                $"Google Sheets did not answer ({call.InnerException?.Message}); the next cycle tries again.",
            SheetsCallException call => $"Google Sheets refused a call on {sheet}: {call.Message}.",
            _ => null,
        };
    }
}
