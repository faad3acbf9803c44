using System.Buffers.Text;
using System.Security.Cryptography;

namespace Binance.WsApi.Auth;

/// <summary>RSASSA-PKCS1-v1_5 with SHA-256 over the payload, written as base64.</summary>
internal sealed class RsaRequestSigner : IRequestSigner, IDisposable
{
    [System.Diagnostics.DebuggerBrowsable(System.Diagnostics.DebuggerBrowsableState.Never)]
    private readonly RSA _rsa;
    private readonly int _signatureBytes;

    private const int MaxStackSignature = 512;

    public RsaRequestSigner(RSA rsa)
    {
        _rsa = rsa;
        _signatureBytes = rsa.KeySize / 8;
    }

    public ApiKeyType KeyType => ApiKeyType.Rsa;

    public int MaxSignatureLength => Base64.GetMaxEncodedToUtf8Length(_signatureBytes);

    public int Sign(ReadOnlySpan<byte> payload, Span<byte> destination)
    {
        // Up to 4096-bit keys the raw signature lives on the stack: the key object is kept, nothing is allocated.
        Span<byte> raw = _signatureBytes <= MaxStackSignature ? stackalloc byte[MaxStackSignature] : new byte[_signatureBytes];
        if (!_rsa.TrySignData(payload, raw, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1, out int written))
        {
            throw new CryptographicException("The RSA signature did not fit its buffer.");
        }

        Base64.EncodeToUtf8(raw[..written], destination, out _, out int encoded);
        return encoded;
    }

    public void Dispose() => _rsa.Dispose();

    public override string ToString() => "RSA signer (private key redacted)";
}
