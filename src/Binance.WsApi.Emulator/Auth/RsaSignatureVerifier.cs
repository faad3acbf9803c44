using System.Security.Cryptography;

namespace Binance.WsApi.Emulator.Auth;

/// <summary>RSASSA-PKCS1-v1_5 with SHA-256, signature as base64 (docs/protocol.md §4.1).</summary>
internal sealed class RsaSignatureVerifier : ISignatureVerifier
{
    private readonly RSA _rsa;

    public RsaSignatureVerifier(string publicKeyPem)
    {
        _rsa = RSA.Create();
        _rsa.ImportFromPem(publicKeyPem);
    }

    public ApiKeyType KeyType => ApiKeyType.Rsa;

    public bool Verify(ReadOnlySpan<byte> payload, string signature)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(signature);
        }
        catch (FormatException)
        {
            return false;
        }

        // RSA objects are not documented as thread-safe for concurrent use; verification is cheap enough to serialize.
        lock (_rsa)
        {
            return _rsa.VerifyData(payload, bytes, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        }
    }
}
