namespace SheetLeads.SheetsEmulator;

/// <summary>A service account registered with the emulator, with a real Google key file.</summary>
public sealed class ServiceAccount
{
    internal ServiceAccount(string email, string keyJson)
    {
        Email = email;
        KeyJson = keyJson;
    }

    /// <summary>The client_email.</summary>
    public string Email { get; }

    /// <summary>The key file's JSON (type, project_id, private_key_id, private_key, client_email, client_id, token_uri, ...).</summary>
    public string KeyJson { get; }

    /// <summary>Writes the key file.</summary>
    public void WriteKeyFile(string path) => File.WriteAllText(path, KeyJson);
}
