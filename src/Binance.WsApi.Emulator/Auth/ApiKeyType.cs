namespace Binance.WsApi.Emulator.Auth;

/// <summary>Binance API key types (docs/protocol.md §4.1).</summary>
internal enum ApiKeyType
{
    Hmac,
    Rsa,
    Ed25519,
}
