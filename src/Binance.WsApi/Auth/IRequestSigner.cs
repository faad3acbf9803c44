namespace Binance.WsApi.Auth;

/// <summary>
/// Signs a canonical payload. One implementation per key type; the secret lives only inside it and is never exposed,
/// logged or formatted.
/// </summary>
internal interface IRequestSigner
{
    ApiKeyType KeyType { get; }

    /// <summary>The largest number of UTF-8 bytes <see cref="Sign"/> can write.</summary>
    int MaxSignatureLength { get; }

    /// <summary>Signs <paramref name="payload"/> and writes the signature text (hex or base64) as UTF-8.</summary>
    int Sign(ReadOnlySpan<byte> payload, Span<byte> destination);
}
