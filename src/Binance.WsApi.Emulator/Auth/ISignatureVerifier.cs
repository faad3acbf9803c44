namespace Binance.WsApi.Emulator.Auth;

/// <summary>Checks a request signature for one key. Holds the key material; never exposes it.</summary>
internal interface ISignatureVerifier
{
    ApiKeyType KeyType { get; }

    bool Verify(ReadOnlySpan<byte> payload, string signature);
}
