using Binance.WsApi.Emulator;

namespace Binance.WsApi.Benchmarks;

/// <summary>
/// The keys every participant signs with: the emulator's demo account, whose keys are public test keys (Binance's
/// documented HMAC example, the RFC 8032 Ed25519 test key, the RSA key of binance-signature-examples), so the same
/// frames are valid against the fast responder and the real emulator. Never real keys.
/// </summary>
internal static class TestKeys
{
    public const string HmacApiKey = DemoAccount.HmacApiKey;
    public const string HmacSecret = DemoAccount.HmacSecret;
    public const string Ed25519ApiKey = DemoAccount.Ed25519ApiKey;
    public const string Ed25519PrivateKeyPem = DemoAccount.Ed25519PrivateKeyPem;
    public const string RsaApiKey = DemoAccount.RsaApiKey;
    public const string RsaPrivateKeyPem = DemoAccount.RsaPrivateKeyPem;
}
