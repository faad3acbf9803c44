using System.Security.Cryptography;
using System.Text;
using Binance.WsApi.Emulator;
using Binance.WsApi.Tests.DependencyInjection;
using Binance.WsApi.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Binance.WsApi.Tests.Auth;

/// <summary>
/// Encrypted PKCS#8 private keys (<c>ENCRYPTED PRIVATE KEY</c>) read with a passphrase, from code and from configuration;
/// every failure names the passphrase's key and shows neither the passphrase nor the key.
/// </summary>
public sealed class EncryptedKeyTests
{
    private const string Passphrase = "demo-passphrase";

    // The demo Ed25519 key (RFC 8032 test vector) encrypted by
    // `openssl pkcs8 -topk8 -v2 aes-256-cbc -v2prf hmacWithSHA256 -iter 2048 -passout pass:demo-passphrase`.
    private const string EncryptedEd25519Pem = """
        -----BEGIN ENCRYPTED PRIVATE KEY-----
        MIGbMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAi0lkYFkUZ99AICCAAw
        DAYIKoZIhvcNAgkFADAdBglghkgBZQMEASoEEPuWRvImkqs1k0NcvqhBBzkEQPJ+
        x2+LHRaqqm1XtpYRU6NXE35O1knypAaLhM5YuMgv2iifjW2joUxclprXn6KE/0vp
        /bGpbiQDVjQpMDvCnq8=
        -----END ENCRYPTED PRIVATE KEY-----
        """;

    private static readonly byte[] Payload = Encoding.UTF8.GetBytes("apiKey=k&symbol=BTCUSDT&timestamp=1700000000000");

    [Fact]
    public void An_encrypted_ed25519_key_signs_exactly_as_the_plain_key()
    {
        ApiCredentials plain = ApiCredentials.Ed25519(TestKeys.Ed25519ApiKey, TestKeys.Ed25519PrivateKeyPem);
        ApiCredentials decrypted = ApiCredentials.Ed25519(TestKeys.Ed25519ApiKey, EncryptedEd25519Pem, Passphrase);
        ApiCredentials detected = ApiCredentials.FromKey(TestKeys.Ed25519ApiKey, EncryptedEd25519Pem, Passphrase);

        Assert.Equal(ApiKeyType.Ed25519, detected.KeyType);
        Assert.Equal(Sign(plain), Sign(decrypted));
        Assert.Equal(Sign(plain), Sign(detected));
    }

    [Fact]
    public void An_encrypted_rsa_key_signs_exactly_as_the_plain_key()
    {
        string encrypted = EncryptRsa(TestKeys.RsaPrivateKeyPem, Passphrase);
        ApiCredentials plain = ApiCredentials.Rsa(TestKeys.RsaApiKey, TestKeys.RsaPrivateKeyPem);

        Assert.Equal(Sign(plain), Sign(ApiCredentials.Rsa(TestKeys.RsaApiKey, encrypted, Passphrase)));
        Assert.Equal(Sign(plain), Sign(ApiCredentials.FromKey(TestKeys.RsaApiKey, encrypted, Passphrase)));
    }

    [Fact]
    public void A_wrong_or_missing_passphrase_is_refused_without_echoing_either_secret()
    {
        string rsa = EncryptRsa(TestKeys.RsaPrivateKeyPem, Passphrase);
        foreach (Func<ApiCredentials> attempt in new Func<ApiCredentials>[]
        {
            () => ApiCredentials.Ed25519(TestKeys.Ed25519ApiKey, EncryptedEd25519Pem, "not-the-passphrase"),
            () => ApiCredentials.FromKey(TestKeys.Ed25519ApiKey, EncryptedEd25519Pem, "not-the-passphrase"),
            () => ApiCredentials.Rsa(TestKeys.RsaApiKey, rsa, "not-the-passphrase"),
        })
        {
            var ex = Assert.Throws<ArgumentException>(attempt);
            Assert.Equal("passphrase", ex.ParamName);
            Assert.Contains("wrong passphrase", ex.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("not-the-passphrase", ex.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("MIGbMFcGCSqGSIb3", ex.ToString(), StringComparison.Ordinal);
        }

        var missing = Assert.Throws<ArgumentException>(() => ApiCredentials.FromKey(TestKeys.Ed25519ApiKey, EncryptedEd25519Pem));
        Assert.Equal("passphrase", missing.ParamName);
        Assert.Contains("encrypted; a passphrase is needed", missing.Message, StringComparison.Ordinal);

        // A passphrase for a key that needs none usually means the wrong key file is configured.
        var needless = Assert.Throws<ArgumentException>(() => ApiCredentials.Ed25519(TestKeys.Ed25519ApiKey, TestKeys.Ed25519PrivateKeyPem, Passphrase));
        Assert.Contains("not encrypted", needless.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ApiCredentials.FromKey(TestKeys.HmacApiKey, TestKeys.HmacSecret, Passphrase));
    }

    [Fact]
    public async Task A_client_configured_with_an_encrypted_key_file_logs_on_and_trades()
    {
        await using ExchangeEmulator emulator = await ExchangeEmulator.StartNewAsync();
        using var keyFile = new DiSupport.TempKeyFile(EncryptedEd25519Pem);
        Dictionary<string, string?> keys = DiSupport.EmulatorKeys(emulator);
        keys["Binance:ApiKey"] = DemoAccount.Ed25519ApiKey;
        keys["Binance:PrivateKeyFile"] = keyFile.Path;
        keys["Binance:PrivateKeyPassphrase"] = Passphrase;
        await using ServiceProvider provider = DiSupport.Provider(s => s.AddBinanceWsApi(DiSupport.Build(keys).GetSection("Binance")));

        WebSocketApiClient client = provider.GetRequiredService<WebSocketApiClient>();
        await client.ConnectAsync(WsApiEndpoint.Spot);
        Assert.True(client.GetWsClient()[WsApiEndpoint.Spot].IsLoggedOn);
        Assert.NotEmpty((await client.GetSpotAccountInformationAsync()).Result.Balances);
    }

    [Theory]
    [InlineData("wrong-passphrase", "Binance:PrivateKeyPassphrase: The encrypted private key could not be decrypted")]
    [InlineData(null, "Binance:PrivateKeyPassphrase: The private key is encrypted")]
    public void A_configured_passphrase_problem_names_the_passphrase_key(string? passphrase, string expected)
    {
        using var keyFile = new DiSupport.TempKeyFile(EncryptedEd25519Pem);
        Dictionary<string, string?> keys = new()
        {
            ["Binance:ApiKey"] = DemoAccount.Ed25519ApiKey,
            ["Binance:PrivateKeyFile"] = keyFile.Path,
            ["Binance:PrivateKeyPassphrase"] = passphrase,
        };
        using ServiceProvider provider = DiSupport.Provider(s => s.AddBinanceWsApi(DiSupport.Build(keys).GetSection("Binance")));

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<WebSocketApiClient>());
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        if (passphrase is not null)
        {
            Assert.DoesNotContain(passphrase, ex.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_running_client_keeps_no_passphrase()
    {
        var options = new WebSocketApiClientOptions
        {
            ApiKey = TestKeys.Ed25519ApiKey, ApiSecret = EncryptedEd25519Pem, PrivateKeyPassphrase = Passphrase,
        };
        using var client = new WebSocketApiClient(options);
        Assert.Equal(ApiKeyType.Ed25519, client.KeyType);
        // The caller's object still holds what the caller put there; the client's frozen copy does not.
        Assert.Equal(Passphrase, options.PrivateKeyPassphrase);
    }

    private static string Sign(ApiCredentials credentials)
    {
        var destination = new byte[credentials.Signer.MaxSignatureLength];
        int written = credentials.Signer.Sign(Payload, destination);
        return Encoding.UTF8.GetString(destination, 0, written);
    }

    private static string EncryptRsa(string pem, string passphrase)
    {
        using RSA rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        return rsa.ExportEncryptedPkcs8PrivateKeyPem(passphrase, new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 2048));
    }
}
