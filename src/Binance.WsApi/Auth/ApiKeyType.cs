namespace Binance.WsApi;

/// <summary>The kind of API key, which decides how requests are signed and whether the session can log on.</summary>
public enum ApiKeyType
{
    /// <summary>A Binance-generated secret; every signed request carries an HMAC-SHA256 signature (hex).</summary>
    Hmac,

    /// <summary>An RSA private key (PKCS#8 PEM); every signed request carries an RSASSA-PKCS1-v1_5/SHA-256 signature (base64).</summary>
    Rsa,

    /// <summary>
    /// An Ed25519 private key (PKCS#8 PEM). The connection logs on once with <c>session.logon</c>; later requests
    /// carry only a timestamp. The fastest and recommended key type.
    /// </summary>
    Ed25519,
}
