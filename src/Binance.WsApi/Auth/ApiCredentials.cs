using System.Diagnostics;
using System.Security.Cryptography;
using Binance.WsApi.Auth;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Security;

namespace Binance.WsApi;

/// <summary>
/// An API key and the material that signs for it: an HMAC secret, or an RSA or Ed25519 private key in PEM form.
/// The secret is turned into a signer at construction and never kept as text: it does not appear in
/// <see cref="ToString"/>, in the debugger, in logs or in exception messages.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class ApiCredentials
{
    private ApiCredentials(string apiKey, IRequestSigner signer)
    {
        ApiKey = apiKey;
        Signer = signer;
    }

    /// <summary>The public API key (sent to the server as <c>apiKey</c>).</summary>
    public string ApiKey { get; }

    /// <summary>The key type, which decides the signing scheme and whether the session logs on.</summary>
    public ApiKeyType KeyType => Signer.KeyType;

    internal IRequestSigner Signer { get; }

    /// <summary>An HMAC key: the API key and its Binance-generated secret.</summary>
    public static ApiCredentials Hmac(string apiKey, string secret)
    {
        ValidateApiKey(apiKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(secret);
        if (secret.Contains("-----BEGIN", StringComparison.Ordinal))
        {
            throw new ArgumentException("An HMAC secret was expected, but a PEM key was given; use ApiCredentials.FromKey or Rsa/Ed25519.", nameof(secret));
        }

        return new ApiCredentials(apiKey, new HmacRequestSigner(secret.Trim()));
    }

    /// <summary>An RSA key: the API key and the RSA private key as PKCS#8 or PKCS#1 PEM.</summary>
    public static ApiCredentials Rsa(string apiKey, string privateKeyPem)
    {
        ValidateApiKey(apiKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(privateKeyPem);
        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(privateKeyPem);
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException)
        {
            rsa.Dispose();
            // The PEM text itself is never echoed back.
            throw new ArgumentException("The RSA private key could not be read; expected a PEM 'PRIVATE KEY' or 'RSA PRIVATE KEY' block.", nameof(privateKeyPem));
        }

        if (!HasPrivateKey(rsa))
        {
            rsa.Dispose();
            // ImportFromPem takes a public key too, and signing would then fail on the first request.
            throw new ArgumentException("The PEM holds an RSA public key; signing needs the private key (a 'PRIVATE KEY' or 'RSA PRIVATE KEY' block).", nameof(privateKeyPem));
        }

        return new ApiCredentials(apiKey, new RsaRequestSigner(rsa));
    }

    /// <summary>An Ed25519 key: the API key and the Ed25519 private key as PKCS#8 PEM.</summary>
    public static ApiCredentials Ed25519(string apiKey, string privateKeyPem)
    {
        ValidateApiKey(apiKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(privateKeyPem);
        if (ReadPrivateKey(privateKeyPem, nameof(privateKeyPem)) is not Ed25519PrivateKeyParameters key)
        {
            throw new ArgumentException("The key is not an Ed25519 private key.", nameof(privateKeyPem));
        }

        return new ApiCredentials(apiKey, new Ed25519RequestSigner(key));
    }

    /// <summary>
    /// Detects the key type from the material: a PEM private key is RSA or Ed25519 by its algorithm, anything else is
    /// taken as an HMAC secret.
    /// </summary>
    public static ApiCredentials FromKey(string apiKey, string secretOrPrivateKeyPem)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(secretOrPrivateKeyPem);
        if (!secretOrPrivateKeyPem.Contains("-----BEGIN", StringComparison.Ordinal))
        {
            return Hmac(apiKey, secretOrPrivateKeyPem);
        }

        if (secretOrPrivateKeyPem.Contains("RSA PRIVATE KEY", StringComparison.Ordinal))
        {
            return Rsa(apiKey, secretOrPrivateKeyPem);
        }

        return ReadPrivateKey(secretOrPrivateKeyPem, nameof(secretOrPrivateKeyPem)) switch
        {
            Ed25519PrivateKeyParameters => Ed25519(apiKey, secretOrPrivateKeyPem),
            RsaKeyParameters => Rsa(apiKey, secretOrPrivateKeyPem),
            _ => throw new ArgumentException("Unsupported private key algorithm; Binance accepts HMAC, RSA and Ed25519 keys.", nameof(secretOrPrivateKeyPem)),
        };
    }

    /// <summary>Creates credentials of a stated type.</summary>
    public static ApiCredentials Create(ApiKeyType keyType, string apiKey, string secretOrPrivateKeyPem) => keyType switch
    {
        ApiKeyType.Hmac => Hmac(apiKey, secretOrPrivateKeyPem),
        ApiKeyType.Rsa => Rsa(apiKey, secretOrPrivateKeyPem),
        ApiKeyType.Ed25519 => Ed25519(apiKey, secretOrPrivateKeyPem),
        _ => throw new ArgumentOutOfRangeException(nameof(keyType)),
    };

    /// <summary>Shows the key type and a shortened API key; never the secret.</summary>
    public override string ToString() =>
        $"{KeyType} key {(ApiKey.Length > 8 ? string.Concat(ApiKey.AsSpan(0, 4), "…", ApiKey.AsSpan(ApiKey.Length - 4)) : "…")}";

    private static void ValidateApiKey(string apiKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(apiKey);
        foreach (char c in apiKey)
        {
            if (c <= ' ' || c > '~')
            {
                throw new ArgumentException("The API key contains characters that are not printable ASCII.", nameof(apiKey));
            }
        }
    }

    private static AsymmetricKeyParameter ReadPrivateKey(string pem, string parameterName)
    {
        if (!PemEncoding.TryFind(pem, out PemFields fields))
        {
            throw new ArgumentException("The private key could not be read; expected a PEM 'PRIVATE KEY' (PKCS#8) block.", parameterName);
        }

        string label = pem[fields.Label];
        if (label != "PRIVATE KEY")
        {
            throw new ArgumentException($"Expected a PEM 'PRIVATE KEY' (PKCS#8) block, found '{label}'. Encrypted keys must be decrypted first.", parameterName);
        }

        try
        {
            byte[] der = Convert.FromBase64String(pem[fields.Base64Data]);
            return PrivateKeyFactory.CreateKey(der);
        }
        catch (Exception)
        {
            // Whatever the parser said, the key text itself is never echoed back.
            throw new ArgumentException("The private key could not be read; the PEM block is not a valid PKCS#8 key.", parameterName);
        }
    }

    private static bool HasPrivateKey(RSA rsa)
    {
        try
        {
            return rsa.ExportParameters(includePrivateParameters: true).D is { Length: > 0 };
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
