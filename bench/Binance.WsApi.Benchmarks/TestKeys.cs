namespace Binance.WsApi.Benchmarks;

/// <summary>Public test keys (RFC 8032 Ed25519 test key, Binance's documented HMAC example); never real keys.</summary>
internal static class TestKeys
{
    public const string HmacApiKey = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";
    public const string HmacSecret = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";
    public const string Ed25519ApiKey = "4yNzx3yWC5bS6YTwEkSRaC0nRmSQIIStAUOh1b6kqaBrTLIhjCpI5lJH8q8R8WNO";

    public const string Ed25519PrivateKeyPem = """
-----BEGIN PRIVATE KEY-----
MC4CAQAwBQYDK2VwBCIEIJ1hsZ3v/VpguoRK9JLsLMREScVpezJpGXA7rAMcrn9g
-----END PRIVATE KEY-----
""";
}
