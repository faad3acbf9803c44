using Binance.WsApi.Tests.Support;

namespace Binance.WsApi.Tests.Auth;

public class ApiCredentialsTests
{
    [Fact]
    public void Key_type_is_detected_from_the_material()
    {
        Assert.Equal(ApiKeyType.Hmac, ApiCredentials.FromKey(TestKeys.HmacApiKey, TestKeys.HmacSecret).KeyType);
        Assert.Equal(ApiKeyType.Ed25519, ApiCredentials.FromKey(TestKeys.Ed25519ApiKey, TestKeys.Ed25519PrivateKeyPem).KeyType);
        Assert.Equal(ApiKeyType.Rsa, ApiCredentials.FromKey(TestKeys.RsaApiKey, TestKeys.RsaPrivateKeyPem).KeyType);
    }

    [Fact]
    public void Stated_type_that_does_not_match_the_key_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => ApiCredentials.Ed25519(TestKeys.RsaApiKey, TestKeys.RsaPrivateKeyPem));
        Assert.Throws<ArgumentException>(() => ApiCredentials.Hmac(TestKeys.RsaApiKey, TestKeys.RsaPrivateKeyPem));
    }

    [Fact]
    public void Secrets_never_appear_in_text()
    {
        var hmac = ApiCredentials.Hmac(TestKeys.HmacApiKey, TestKeys.HmacSecret);
        var ed = ApiCredentials.Ed25519(TestKeys.Ed25519ApiKey, TestKeys.Ed25519PrivateKeyPem);
        foreach (ApiCredentials c in new[] { hmac, ed })
        {
            string text = c.ToString() + c.Signer.ToString();
            Assert.DoesNotContain(TestKeys.HmacSecret, text, StringComparison.Ordinal);
            Assert.DoesNotContain("MC4CAQAwBQYDK2Vw", text, StringComparison.Ordinal);
            Assert.DoesNotContain(c.ApiKey, text, StringComparison.Ordinal); // shortened
        }
    }

    [Fact]
    public void A_broken_key_fails_without_echoing_it()
    {
        const string broken = "-----BEGIN PRIVATE KEY-----\nAAAAsecretmaterial\n-----END PRIVATE KEY-----";
        var ex = Assert.Throws<ArgumentException>(() => ApiCredentials.FromKey("key", broken));
        Assert.DoesNotContain("secretmaterial", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_rsa_public_key_is_refused_with_a_clear_argument_exception()
    {
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        string publicPem = rsa.ExportSubjectPublicKeyInfoPem();
        string pkcs1PublicPem = rsa.ExportRSAPublicKeyPem();

        var ex = Assert.Throws<ArgumentException>(() => ApiCredentials.Rsa("key", publicPem));
        Assert.Contains("public key", ex.Message, StringComparison.Ordinal);
        Assert.Contains("private key", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ApiCredentials.Rsa("key", pkcs1PublicPem));
        Assert.Throws<ArgumentException>(() => ApiCredentials.FromKey("key", publicPem));
        Assert.DoesNotContain("BEGIN", ex.Message, StringComparison.Ordinal);

        // The private half of the same key is fine.
        Assert.Equal(ApiKeyType.Rsa, ApiCredentials.Rsa("key", rsa.ExportPkcs8PrivateKeyPem()).KeyType);
    }
}
