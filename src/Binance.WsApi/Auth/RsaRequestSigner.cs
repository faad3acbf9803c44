using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;

namespace Binance.WsApi.Auth;

/// <summary>RSASSA-PKCS1-v1_5 with SHA-256 over the payload, written as base64.</summary>
internal sealed class RsaRequestSigner : IRequestSigner, IDisposable
{
    [System.Diagnostics.DebuggerBrowsable(System.Diagnostics.DebuggerBrowsableState.Never)]
    private readonly RSA _rsa;
    private readonly int _signatureBytes;

    public RsaRequestSigner(RSA rsa)
    {
        _rsa = rsa;
        _signatureBytes = rsa.KeySize / 8;
    }

    public ApiKeyType KeyType => ApiKeyType.Rsa;

    public int MaxSignatureLength => Base64.GetMaxEncodedToUtf8Length(_signatureBytes);

    public int Sign(ReadOnlySpan<byte> payload, Span<byte> destination)
    {
        byte[] raw = ArrayPool<byte>.Shared.Rent(_signatureBytes);
        try
        {
            if (!_rsa.TrySignData(payload, raw, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1, out int written))
            {
                throw new CryptographicException("The RSA signature did not fit its buffer.");
            }

            Base64.EncodeToUtf8(raw.AsSpan(0, written), destination, out _, out int encoded);
            return encoded;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(raw);
        }
    }

    public void Dispose() => _rsa.Dispose();

    public override string ToString() => "RSA signer (private key redacted)";
}
