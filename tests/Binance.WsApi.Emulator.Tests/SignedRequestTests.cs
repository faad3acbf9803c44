using System.Text;
using System.Text.Json;
using Binance.WsApi.Emulator.Accounts;
using Binance.WsApi.Emulator.Auth;
using Binance.WsApi.Emulator.Tests.Infrastructure;

namespace Binance.WsApi.Emulator.Tests;

/// <summary>SIGNED requests: every key type, the doc vectors, and each authentication error.</summary>
public sealed class SignedRequestTests
{
    public static TheoryData<string> DemoKeys => new() { DemoAccount.HmacApiKey, DemoAccount.RsaApiKey, DemoAccount.Ed25519ApiKey };

    [Theory]
    [MemberData(nameof(DemoKeys))]
    public async Task Account_status_is_accepted_with_each_key_type(string apiKey)
    {
        var time = TestClock.Create();
        await using var emulator = await TestClock.StartAsync(time);
        await using var client = await RawWsClient.ConnectAsync(emulator.SpotUri);

        var response = await client.RequestAsync(TestSigner.SignedRequest("a1", "account.status", apiKey, time.Ms()));

        Assert.Equal(200, response.GetProperty("status").GetInt32());
        Fixtures.AssertHasAllFields(Fixtures.Json("spot-account.status.response.json"), response);
        var balances = response.GetProperty("result").GetProperty("balances").EnumerateArray()
            .ToDictionary(b => b.GetProperty("asset").GetString()!, b => b.GetProperty("free").GetString());
        Assert.Equal("1.00000000", balances["BTC"]);
        Assert.Equal("100000.00000000", balances["USDT"]);
        Assert.Equal(22, response.GetProperty("rateLimits")[0].GetProperty("count").GetInt32()); // handshake 2 + weight 20
    }

    [Fact]
    public async Task The_docs_account_status_request_verifies_at_its_own_timestamp()
    {
        var time = TestClock.Create(DateTimeOffset.FromUnixTimeMilliseconds(1660801839480 + 150));
        await using var emulator = await TestClock.StartAsync(time);
        await using var client = await RawWsClient.ConnectAsync(emulator.SpotUri);

        var response = await client.RequestAsync(Fixtures.Text("spot-account.status.request.json"));

        Assert.Equal(200, response.GetProperty("status").GetInt32());
        Assert.Equal("605a6d20-6588-4cb9-afa0-b0ab087507ba", response.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Hmac_signature_hex_is_case_insensitive()
    {
        var time = TestClock.Create();
        await using var emulator = await TestClock.StartAsync(time);
        await using var client = await RawWsClient.ConnectAsync(emulator.SpotUri);
        string signature = TestSigner.Hmac($"apiKey={DemoAccount.HmacApiKey}&timestamp={time.Ms()}").ToUpperInvariant();

        var response = await client.RequestAsync(
            $"{{\"id\":1,\"method\":\"account.status\",\"params\":{{\"apiKey\":\"{DemoAccount.HmacApiKey}\",\"timestamp\":{time.Ms()},\"signature\":\"{signature}\"}}}}");

        Assert.Equal(200, response.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Microsecond_timestamps_and_decimal_recvWindow_are_accepted_on_spot()
    {
        var time = TestClock.Create();
        await using var emulator = await TestClock.StartAsync(time);
        await using var client = await RawWsClient.ConnectAsync(emulator.SpotUri);

        var response = await client.RequestAsync(TestSigner.SignedRequest(
            "us", "account.status", DemoAccount.HmacApiKey, (time.Ms() - 2) * 1000 + 123, ("recvWindow", "6000.346")));

        Assert.Equal(200, response.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task OmitZeroBalances_is_part_of_the_signed_payload()
    {
        var time = TestClock.Create();
        await using var emulator = await TestClock.StartAsync(time);
        await using var client = await RawWsClient.ConnectAsync(emulator.SpotUri);

        var response = await client.RequestAsync(TestSigner.SignedRequest(
            "z", "account.status", DemoAccount.Ed25519ApiKey, time.Ms(), ("omitZeroBalances", "true")));

        Assert.Equal(200, response.GetProperty("status").GetInt32());
    }

    public static TheoryData<string, int, int, string> AuthErrors(long now)
    {
        string key = DemoAccount.HmacApiKey;
        string Signed(string payloadTail, string json) =>
            $"{{\"id\":\"e\",\"method\":\"account.status\",\"params\":{{\"apiKey\":\"{key}\",{json},\"signature\":\"{TestSigner.Hmac($"apiKey={key}&{payloadTail}")}\"}}}}";

        return new TheoryData<string, int, int, string>
        {
            // no apiKey
            { $"{{\"id\":\"e\",\"method\":\"account.status\",\"params\":{{\"timestamp\":{now}}}}}", 400, -1102, "Mandatory parameter 'apiKey' was not sent, was empty/null, or malformed." },
            // no signature
            { $"{{\"id\":\"e\",\"method\":\"account.status\",\"params\":{{\"apiKey\":\"{key}\",\"timestamp\":{now}}}}}", 400, -1102, "Mandatory parameter 'signature' was not sent, was empty/null, or malformed." },
            // no timestamp
            { $"{{\"id\":\"e\",\"method\":\"account.status\",\"params\":{{\"apiKey\":\"{key}\",\"signature\":\"{TestSigner.Hmac($"apiKey={key}")}\"}}}}", 400, -1102, "Mandatory parameter 'timestamp' was not sent, was empty/null, or malformed." },
            // key format
            { $"{{\"id\":\"e\",\"method\":\"account.status\",\"params\":{{\"apiKey\":\"not a key!\",\"timestamp\":{now},\"signature\":\"00\"}}}}", 400, -2014, "API-key format invalid." },
            // unknown key
            { $"{{\"id\":\"e\",\"method\":\"account.status\",\"params\":{{\"apiKey\":\"{new string('Q', 64)}\",\"timestamp\":{now},\"signature\":\"00\"}}}}", 401, -2015, "Invalid API-key, IP, or permissions for action." },
            // wrong signature (signed a different timestamp)
            { $"{{\"id\":\"e\",\"method\":\"account.status\",\"params\":{{\"apiKey\":\"{key}\",\"timestamp\":{now},\"signature\":\"{TestSigner.Hmac($"apiKey={key}&timestamp={now - 1}")}\"}}}}", 400, -1022, "Signature for this request is not valid." },
            // a parameter added after signing
            { Signed($"timestamp={now}", $"\"timestamp\":{now},\"omitZeroBalances\":true"), 400, -1022, "Signature for this request is not valid." },
            // 1000 ms ahead
            { Signed($"timestamp={now + 1000}", $"\"timestamp\":{now + 1000}"), 400, -1021, "Timestamp for this request was 1000ms ahead of the server's time." },
            // older than the default recvWindow of 5000
            { Signed($"timestamp={now - 5001}", $"\"timestamp\":{now - 5001}"), 400, -1021, "Timestamp for this request is outside of the recvWindow." },
            // older than an explicit recvWindow
            { Signed($"recvWindow=100&timestamp={now - 101}", $"\"recvWindow\":100,\"timestamp\":{now - 101}"), 400, -1021, "Timestamp for this request is outside of the recvWindow." },
            // recvWindow above the 60000 maximum
            { Signed($"recvWindow=60001&timestamp={now}", $"\"recvWindow\":60001,\"timestamp\":{now}"), 400, -1130, "Data sent for parameter 'recvWindow' is not valid." },
            // recvWindow with more than three decimals
            { Signed($"recvWindow=5000.1234&timestamp={now}", $"\"recvWindow\":5000.1234,\"timestamp\":{now}"), 400, -1111, "Parameter 'recvWindow' has too much precision." },
        };
    }

    public static TheoryData<string, int, int, string> AuthErrorCases => AuthErrors(TestClock.Start.ToUnixTimeMilliseconds());

    [Theory]
    [MemberData(nameof(AuthErrorCases))]
    public async Task Authentication_errors_carry_binance_codes_and_messages(string request, int status, int code, string message)
    {
        var time = TestClock.Create();
        await using var emulator = await TestClock.StartAsync(time);
        await using var client = await RawWsClient.ConnectAsync(emulator.SpotUri);

        var response = await client.RequestAsync(request);

        Assert.Equal("e", response.GetProperty("id").GetString());
        Assert.Equal(status, response.GetProperty("status").GetInt32());
        Assert.Equal(code, response.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal(message, response.GetProperty("error").GetProperty("msg").GetString());
        Assert.Equal(22, response.GetProperty("rateLimits")[0].GetProperty("count").GetInt32()); // failed requests cost weight too
    }

    [Fact]
    public void Doc_unicode_vector_payload_and_hmac_signature_verify()
    {
        JsonElement request = Fixtures.Json("spot-signing-hmac-unicode.request-signed.json");
        JsonElement parameters = request.GetProperty("params");

        string payload = SignaturePayload.Build(parameters, percentEncode: false);

        Assert.Equal(
            "apiKey=vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A&price=0.10000000&quantity=1.00000000&recvWindow=5000&side=BUY&symbol=１２３４５６&timeInForce=GTC&timestamp=1645423376532&type=LIMIT",
            payload);
        Assert.True(new HmacSignatureVerifier(DemoAccount.HmacSecret).Verify(Encoding.UTF8.GetBytes(payload), parameters.GetProperty("signature").GetString()!));
    }

    [Fact]
    public void Derived_rsa_and_ed25519_vectors_verify()
    {
        const string rsaPayload = "apiKey=CAvIjXy3F44yW6Pou5k8Dy1swsYDWJZLeoK2r8G4cFDnE9nosRppc2eKc1T8TRTQ&price=52000.00&quantity=0.01000000&recvWindow=100&side=SELL&symbol=BTCUSDT&timeInForce=GTC&timestamp=1645423376532&type=LIMIT";
        const string rsaSignature = "DE1jBfGQ914EBIt2VcqviMu22z2AdQuX7rOljuj015P3jk/1Ml4isbP+7Blbs8rtSpv11aL2Wp8U6V10PQe1DahbabtKGt1R5kM02nPJ3+QL5X5AlPAwRFTeoZDOsKxREjlf7K02iCncBerGLJsFmKHr4486T2Frz3mZZTuFdGv9P6wgv5QHM+VR6Ev2rHx1tOJ7KmeyMV5rR1f0JqbJoY8xFCcY9v1qcyATWsQE6mwg2RA1r5omy96QWssJqV9xgdgCQqLFkdFTmEN63lEAMnhZrvkM52Fo8pJaa5rnKioHln7IPhfSuLNE1Fq/N2jiTor+tdg3AAyVTlImhoAWRg==";
        const string edPayload = "apiKey=4yNzx3yWC5bS6YTwEkSRaC0nRmSQIIStAUOh1b6kqaBrTLIhjCpI5lJH8q8R8WNO&timestamp=1649729878532";
        const string edSignature = "NBJq5sX1RkU7ta3XDctruMgnrhyBcouMvvPIxxQSCUbVWxhp3ai6W7a0Iip/3nOwmJxkVIv6n20cekYCOa5qAg==";

        Assert.True(new RsaSignatureVerifier(DemoAccount.RsaPublicKeyPem).Verify(Encoding.UTF8.GetBytes(rsaPayload), rsaSignature));
        Assert.True(new Ed25519SignatureVerifier(DemoAccount.Ed25519PublicKeyPem).Verify(Encoding.UTF8.GetBytes(edPayload), edSignature));
        Assert.False(new Ed25519SignatureVerifier(DemoAccount.Ed25519PublicKeyPem).Verify(Encoding.UTF8.GetBytes(edPayload + "0"), edSignature));
    }

    [Fact]
    public void Percent_encoded_payload_matches_the_python_connector_form()
    {
        using var document = JsonDocument.Parse("{\"symbol\":\"１２\",\"note\":\"a b/c\",\"flag\":true,\"n\":5000,\"signature\":\"x\"}");

        Assert.Equal("flag=true&n=5000&note=a+b%2Fc&symbol=%EF%BC%91%EF%BC%92", SignaturePayload.Build(document.RootElement, percentEncode: true));
        Assert.Equal("flag=true&n=5000&note=a b/c&symbol=１２", SignaturePayload.Build(document.RootElement, percentEncode: false));
    }

    [Fact]
    public void Api_key_format_rule()
    {
        Assert.Matches(AccountStore.ApiKeyFormat(), DemoAccount.HmacApiKey);
        Assert.DoesNotMatch(AccountStore.ApiKeyFormat(), "short");
        Assert.DoesNotMatch(AccountStore.ApiKeyFormat(), new string('a', 40) + "-");
    }
}
