using System.Security.Cryptography;
using System.Text;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;

namespace Binance.WsApi.Emulator.Tests.Infrastructure;

/// <summary>Test-side signing with the demo keys, written independently of the emulator's verifier.</summary>
internal static class TestSigner
{
    public static string Hmac(string payload, string secret = DemoAccount.HmacSecret) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(payload)));

    public static string Rsa(string payload, string privateKeyPem = DemoAccount.RsaPrivateKeyPem)
    {
        using var rsa = RSA.Create();
        rsa.ImportFromPem(privateKeyPem);
        return Convert.ToBase64String(rsa.SignData(Encoding.UTF8.GetBytes(payload), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
    }

    public static string Ed25519(string payload, string privateKeyPem = DemoAccount.Ed25519PrivateKeyPem)
    {
        PemEncoding.TryFind(privateKeyPem, out PemFields fields);
        byte[] der = Convert.FromBase64String(privateKeyPem[fields.Base64Data]);
        var key = (Ed25519PrivateKeyParameters)PrivateKeyFactory.CreateKey(der);
        var signer = new Ed25519Signer();
        signer.Init(true, key);
        byte[] data = Encoding.UTF8.GetBytes(payload);
        signer.BlockUpdate(data, 0, data.Length);
        return Convert.ToBase64String(signer.GenerateSignature());
    }

    /// <summary>Signs with the demo key of the given API key.</summary>
    public static string Sign(string apiKey, string payload) => apiKey switch
    {
        DemoAccount.HmacApiKey => Hmac(payload),
        DemoAccount.RsaApiKey => Rsa(payload),
        DemoAccount.Ed25519ApiKey => Ed25519(payload),
        _ => throw new ArgumentException("not a demo key", nameof(apiKey)),
    };

    /// <summary>
    /// A complete signed request: params apiKey, timestamp, the <paramref name="extra"/> members (name, raw JSON
    /// value) and the signature over the sorted payload.
    /// </summary>
    public static string SignedRequest(string id, string method, string apiKey, long timestamp, params (string Name, string Json)[] extra) =>
        SignedRequestWith(payload => Sign(apiKey, payload), id, method, apiKey, timestamp, extra);

    /// <summary>Like <see cref="SignedRequest"/> with a key that is not a demo key: <paramref name="sign"/> makes the signature of a payload.</summary>
    public static string SignedRequestWith(Func<string, string> sign, string id, string method, string apiKey, long timestamp, params (string Name, string Json)[] extra)
    {
        var members = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["apiKey"] = $"\"{apiKey}\"",
            ["timestamp"] = timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (name, json) in extra)
        {
            members[name] = json;
        }

        string payload = string.Join("&", members.Select(m => m.Key + "=" + PayloadValue(m.Value)));
        string signature = sign(payload);
        string body = string.Join(",", members.Select(m => $"\"{m.Key}\":{m.Value}"));
        return $"{{\"id\":\"{id}\",\"method\":\"{method}\",\"params\":{{{body},\"signature\":\"{signature}\"}}}}";
    }

    private static string PayloadValue(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return document.RootElement.ValueKind == System.Text.Json.JsonValueKind.String ? document.RootElement.GetString()! : json;
    }
}
