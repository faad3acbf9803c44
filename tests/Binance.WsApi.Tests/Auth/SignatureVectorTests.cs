using System.Text;
using Binance.WsApi.Protocol;
using Binance.WsApi.Tests.Support;

namespace Binance.WsApi.Tests.Auth;

/// <summary>The signature vectors of docs/protocol.md §4.5 and signature-vectors.md, through the real frame writer.</summary>
public class SignatureVectorTests
{
    private const long Timestamp = 1645423376532;

    private static WsApiParameters AsciiOrder() => new WsApiParameters()
        .Add("symbol", "BTCUSDT").Add("side", "SELL").Add("type", "LIMIT").Add("timeInForce", "GTC")
        .Add("quantity", 0.01000000m).Add("price", 52000.00m);

    private static WsApiParameters UnicodeOrder() => new WsApiParameters()
        .Add("symbol", "１２３４５６").Add("side", "BUY").Add("type", "LIMIT").Add("timeInForce", "GTC")
        .Add("quantity", 1.00000000m).Add("price", 0.10000000m);

    private static (string Payload, string Signature) Sign(ApiCredentials credentials, WsApiParameters parameters, int recvWindowMs) =>
        Sign((credentials.ApiKey, credentials.Signer), parameters, recvWindowMs);

    private static (string Payload, string Signature) Sign((string ApiKey, Binance.WsApi.Auth.IRequestSigner Signer) credentials, WsApiParameters parameters, int recvWindowMs)
    {
        var writer = new RequestFrameWriter();
        ReadOnlyMemory<byte> frame = writer.Write(1, "order.place", parameters,
            new SigningPlan(credentials.ApiKey, Timestamp, TimeSpan.FromMilliseconds(recvWindowMs), credentials.Signer));
        string payload = Encoding.UTF8.GetString(writer.LastPayload);
        using var doc = System.Text.Json.JsonDocument.Parse(frame);
        return (payload, doc.RootElement.GetProperty("params").GetProperty("signature").GetString()!);
    }

    [Fact]
    public void Hmac_ascii_vector_from_the_docs()
    {
        var (payload, signature) = Sign(ApiCredentials.Hmac(TestKeys.HmacApiKey, TestKeys.HmacSecret), AsciiOrder(), 100);
        Assert.Equal("apiKey=vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A&price=52000.00&quantity=0.01000000&recvWindow=100&side=SELL&symbol=BTCUSDT&timeInForce=GTC&timestamp=1645423376532&type=LIMIT", payload);
        Assert.Equal("aa1b5712c094bc4e57c05a1a5c1fd8d88dcd628338ea863fec7b88e59fe2db24", signature);
    }

    [Fact]
    public void Hmac_unicode_vector_is_signed_over_raw_utf8()
    {
        var (payload, signature) = Sign(ApiCredentials.Hmac(TestKeys.HmacApiKey, TestKeys.HmacSecret), UnicodeOrder(), 5000);
        Assert.Contains("symbol=１２３４５６", payload, StringComparison.Ordinal);
        Assert.Equal("b33892ae8e687c939f4468c6268ddd4c40ac1af18ad19a064864c47bae0752cd", signature);
    }

    [Fact]
    public void Ed25519_derived_vectors()
    {
        var credentials = ApiCredentials.Ed25519(TestKeys.Ed25519ApiKey, TestKeys.Ed25519PrivateKeyPem);
        Assert.Equal("Ws+5m/CMnpkko0uBFxGTZ2+fjqqBXsUjRiaz173fPhXTkhoDBYNZ6wcYNeWItdrGn1pvG7vkwx2fhmJdAZ3KDQ==", Sign(credentials, AsciiOrder(), 100).Signature);
        Assert.Equal("D9qsPwF4+5CtkHZSVBhuAMVox387CQQsJXplSDXUw3C2vnuMJnxjuengedC0IGpvJFxazfP45NwzN0eAQ8gaBg==", Sign(credentials, UnicodeOrder(), 5000).Signature);
    }

    [Fact]
    public void Ed25519_signs_through_libsodium_here_and_the_bouncycastle_fallback_gives_the_same_bytes()
    {
        var credentials = ApiCredentials.Ed25519(TestKeys.Ed25519ApiKey, TestKeys.Ed25519PrivateKeyPem);
        var sodium = Assert.IsType<Binance.WsApi.Auth.Ed25519RequestSigner>(credentials.Signer);
        Assert.True(sodium.UsesSodium, "libsodium (NSec) should load on this platform");

        var pem = Org.BouncyCastle.Security.PrivateKeyFactory.CreateKey(
            Convert.FromBase64String(string.Concat(TestKeys.Ed25519PrivateKeyPem.Split('\n').Where(l => !l.StartsWith("-----", StringComparison.Ordinal)).Select(l => l.Trim()))));
        using var fallback = new Binance.WsApi.Auth.Ed25519RequestSigner((Org.BouncyCastle.Crypto.Parameters.Ed25519PrivateKeyParameters)pem, useSodium: false);
        Assert.False(fallback.UsesSodium);
        var viaFallback = (credentials.ApiKey, (Binance.WsApi.Auth.IRequestSigner)fallback);
        Assert.Equal("Ws+5m/CMnpkko0uBFxGTZ2+fjqqBXsUjRiaz173fPhXTkhoDBYNZ6wcYNeWItdrGn1pvG7vkwx2fhmJdAZ3KDQ==", Sign(viaFallback, AsciiOrder(), 100).Signature);
        Assert.Equal("D9qsPwF4+5CtkHZSVBhuAMVox387CQQsJXplSDXUw3C2vnuMJnxjuengedC0IGpvJFxazfP45NwzN0eAQ8gaBg==", Sign(viaFallback, UnicodeOrder(), 5000).Signature);

        // Many payload lengths (Ed25519 hashes the message twice; block boundaries are where ports differ).
        byte[] a = new byte[fallback.MaxSignatureLength];
        byte[] b = new byte[a.Length];
        for (int length = 0; length < 300; length += 7)
        {
            byte[] payload = Encoding.UTF8.GetBytes(new string('x', length) + "&timestamp=" + length);
            int na = sodium.Sign(payload, a);
            int nb = fallback.Sign(payload, b);
            Assert.Equal(Encoding.ASCII.GetString(b, 0, nb), Encoding.ASCII.GetString(a, 0, na));
        }
    }

    [Fact]
    public void Ed25519_logon_payload_is_api_key_and_timestamp_only()
    {
        var credentials = ApiCredentials.Ed25519(TestKeys.Ed25519ApiKey, TestKeys.Ed25519PrivateKeyPem);
        var writer = new RequestFrameWriter();
        ReadOnlyMemory<byte> frame = writer.Write(7, "session.logon", null, new SigningPlan(credentials.ApiKey, 1649729878532, null, credentials.Signer));
        Assert.Equal($"apiKey={TestKeys.Ed25519ApiKey}&timestamp=1649729878532", Encoding.UTF8.GetString(writer.LastPayload));
        Assert.Contains("\"signature\":\"NBJq5sX1RkU7ta3XDctruMgnrhyBcouMvvPIxxQSCUbVWxhp3ai6W7a0Iip/3nOwmJxkVIv6n20cekYCOa5qAg==\"", Encoding.UTF8.GetString(frame.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Rsa_derived_vectors()
    {
        var credentials = ApiCredentials.Rsa(TestKeys.RsaApiKey, TestKeys.RsaPrivateKeyPem);
        Assert.Equal(TestKeys.RsaAsciiSignature, Sign(credentials, AsciiOrder(), 100).Signature);
        Assert.Equal(TestKeys.RsaUnicodeSignature, Sign(credentials, UnicodeOrder(), 5000).Signature);
    }

    [Fact]
    public void Hmac_doc_requests_verify()
    {
        // account.status from the docs (signature-vectors.md §4, row L6914).
        var credentials = ApiCredentials.Hmac(TestKeys.HmacApiKey, TestKeys.HmacSecret);
        var writer = new RequestFrameWriter();
        ReadOnlyMemory<byte> frame = writer.Write(1, "account.status", null, new SigningPlan(credentials.ApiKey, 1660801839480, null, credentials.Signer));
        Assert.Contains("83303b4a136ac1371795f465808367242685a9e3a42b22edb4d977d0696eb45c", Encoding.UTF8.GetString(frame.Span), StringComparison.Ordinal);
    }
}
