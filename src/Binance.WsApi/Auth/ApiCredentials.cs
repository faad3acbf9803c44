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
    public static ApiCredentials Rsa(string apiKey, string privateKeyPem) => Rsa(apiKey, privateKeyPem, passphrase: null);

    /// <summary>
    /// An RSA key whose PEM may be encrypted (<c>ENCRYPTED PRIVATE KEY</c>, PKCS#8 with PBES2): the passphrase decrypts
    /// it once, here; neither is kept.
    /// </summary>
    public static ApiCredentials Rsa(string apiKey, string privateKeyPem, string? passphrase)
    {
        ValidateApiKey(apiKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(privateKeyPem);
        bool encrypted = CheckEncryption(privateKeyPem, passphrase, nameof(privateKeyPem));
        var rsa = RSA.Create();
        try
        {
            if (encrypted)
            {
                rsa.ImportFromEncryptedPem(privateKeyPem, passphrase);
            }
            else
            {
                rsa.ImportFromPem(privateKeyPem);
            }
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException)
        {
            rsa.Dispose();
            // The PEM text and the passphrase are never echoed back.
            throw encrypted
                ? new ArgumentException(WrongPassphrase, nameof(passphrase))
                : new ArgumentException("The RSA private key could not be read; expected a PEM 'PRIVATE KEY' or 'RSA PRIVATE KEY' block.", nameof(privateKeyPem));
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
    public static ApiCredentials Ed25519(string apiKey, string privateKeyPem) => Ed25519(apiKey, privateKeyPem, passphrase: null);

    /// <summary>
    /// An Ed25519 key whose PEM may be encrypted (<c>ENCRYPTED PRIVATE KEY</c>, PKCS#8 with PBES2): the passphrase
    /// decrypts it once, here; neither is kept.
    /// </summary>
    public static ApiCredentials Ed25519(string apiKey, string privateKeyPem, string? passphrase)
    {
        ValidateApiKey(apiKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(privateKeyPem);
        if (ReadPrivateKey(privateKeyPem, passphrase, nameof(privateKeyPem)) is not Ed25519PrivateKeyParameters key)
        {
            throw new ArgumentException("The key is not an Ed25519 private key.", nameof(privateKeyPem));
        }

        return new ApiCredentials(apiKey, new Ed25519RequestSigner(key));
    }

    /// <summary>
    /// Detects the key type from the material: a PEM private key is RSA or Ed25519 by its algorithm, anything else is
    /// taken as an HMAC secret.
    /// </summary>
    public static ApiCredentials FromKey(string apiKey, string secretOrPrivateKeyPem) => FromKey(apiKey, secretOrPrivateKeyPem, passphrase: null);

    /// <summary>
    /// Detects the key type as <see cref="FromKey(string, string)"/> does; an encrypted PEM private key
    /// (<c>ENCRYPTED PRIVATE KEY</c>) is decrypted with <paramref name="passphrase"/>, which must be null for an HMAC
    /// secret or an unencrypted key.
    /// </summary>
    public static ApiCredentials FromKey(string apiKey, string secretOrPrivateKeyPem, string? passphrase)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(secretOrPrivateKeyPem);
        if (!secretOrPrivateKeyPem.Contains("-----BEGIN", StringComparison.Ordinal))
        {
            if (passphrase is not null)
            {
                throw new ArgumentException("A passphrase was given, but the key is an HMAC secret, not an encrypted PEM private key.", nameof(passphrase));
            }

            return Hmac(apiKey, secretOrPrivateKeyPem);
        }

        if (secretOrPrivateKeyPem.Contains("RSA PRIVATE KEY", StringComparison.Ordinal))
        {
            return Rsa(apiKey, secretOrPrivateKeyPem, passphrase);
        }

        return ReadPrivateKey(secretOrPrivateKeyPem, passphrase, nameof(secretOrPrivateKeyPem)) switch
        {
            Ed25519PrivateKeyParameters => Ed25519(apiKey, secretOrPrivateKeyPem, passphrase),
            RsaKeyParameters => Rsa(apiKey, secretOrPrivateKeyPem, passphrase),
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

    private const string WrongPassphrase =
        "The encrypted private key could not be decrypted: wrong passphrase, or an encryption other than PKCS#8 PBES2.";

    /// <summary>
    /// True when the PEM's first block is an encrypted PKCS#8 key. A passphrase is required exactly then: one given
    /// for an unencrypted key is refused too, because it usually means the wrong key file is configured.
    /// </summary>
    private static bool CheckEncryption(string pem, string? passphrase, string parameterName)
    {
        if (pem.Contains("Proc-Type: 4,ENCRYPTED", StringComparison.Ordinal))
        {
            throw new ArgumentException(
                "The key is encrypted in the legacy OpenSSL format, which .NET cannot read; convert it to PKCS#8 (openssl pkcs8 -topk8 -v2 aes-256-cbc).",
                parameterName);
        }

        bool encrypted = PemEncoding.TryFind(pem, out PemFields fields) && pem[fields.Label] == "ENCRYPTED PRIVATE KEY";
        if (encrypted && string.IsNullOrEmpty(passphrase))
        {
            throw new ArgumentException("The private key is encrypted; a passphrase is needed to read it.", nameof(passphrase));
        }

        if (!encrypted && passphrase is not null)
        {
            throw new ArgumentException("A passphrase was given, but the private key is not encrypted.", nameof(passphrase));
        }

        return encrypted;
    }

    private static AsymmetricKeyParameter ReadPrivateKey(string pem, string? passphrase, string parameterName)
    {
        bool encrypted = CheckEncryption(pem, passphrase, parameterName);
        if (!PemEncoding.TryFind(pem, out PemFields fields))
        {
            throw new ArgumentException("The private key could not be read; expected a PEM 'PRIVATE KEY' (PKCS#8) block.", parameterName);
        }

        string label = pem[fields.Label];
        if (!encrypted && label != "PRIVATE KEY")
        {
            throw new ArgumentException($"Expected a PEM 'PRIVATE KEY' (PKCS#8) block, found '{label}'.", parameterName);
        }

        byte[] der;
        try
        {
            der = Convert.FromBase64String(pem[fields.Base64Data]);
        }
        catch (FormatException)
        {
            throw new ArgumentException("The private key could not be read; the PEM block is not valid base64.", parameterName);
        }

        try
        {
            if (!encrypted)
            {
                return PrivateKeyFactory.CreateKey(der);
            }

            char[] password = passphrase!.ToCharArray();
            try
            {
                return PrivateKeyFactory.DecryptKey(password, der);
            }
            finally
            {
                Array.Clear(password);
            }
        }
        catch (Exception)
        {
            // Whatever the parser said, the key text and the passphrase are never echoed back.
            throw encrypted
                ? new ArgumentException(WrongPassphrase, nameof(passphrase))
                : new ArgumentException("The private key could not be read; the PEM block is not a valid PKCS#8 key.", parameterName);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(der);
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
