using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace SheetLeads.Worker.Imap;

/// <summary>
/// Trust for a mail server whose certificate no public authority vouches for: the certificates of the channel's
/// <c>CertificateFile</c> (the server's own, or the authority that signed it) are trusted besides the system's, and
/// the name must still match the Host.
/// </summary>
internal static class ServerCertificates
{
    /// <summary>Why the file cannot serve (in words to follow its key), or null.</summary>
    public static string? Problem(string path)
    {
        try
        {
            return Load(path).Count == 0 ? $"names {path}, which holds no PEM certificate (-----BEGIN CERTIFICATE-----)" : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException)
        {
            return $"names {path}, which cannot be read as a PEM certificate: {e.Message}";
        }
    }

    /// <summary>The certificates of a PEM file.</summary>
    public static X509Certificate2Collection Load(string path)
    {
        var certificates = new X509Certificate2Collection();
        certificates.ImportFromPemFile(path);
        return certificates;
    }

    /// <summary>A validation that accepts what the system trusts, and chains ending in one of <paramref name="trusted"/>.</summary>
    public static RemoteCertificateValidationCallback Trusting(X509Certificate2Collection trusted) => (_, certificate, _, errors) =>
    {
        if (errors == SslPolicyErrors.None)
            return true;
        if (certificate is null || errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch) || errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable))
            return false;
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(trusted);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var presented = new X509Certificate2(certificate);
        return chain.Build(presented);
    };
}
