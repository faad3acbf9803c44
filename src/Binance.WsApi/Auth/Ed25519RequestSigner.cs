using System.Buffers;
using System.Buffers.Text;
using Org.BouncyCastle.Crypto.Parameters;

namespace Binance.WsApi.Auth;

/// <summary>Pure Ed25519 over the payload, written as base64 (88 characters).</summary>
internal sealed class Ed25519RequestSigner : IRequestSigner
{
    [System.Diagnostics.DebuggerBrowsable(System.Diagnostics.DebuggerBrowsableState.Never)]
    private readonly Ed25519PrivateKeyParameters _key;

    public Ed25519RequestSigner(Ed25519PrivateKeyParameters key)
    {
        _key = key;
    }

    public ApiKeyType KeyType => ApiKeyType.Ed25519;

    public int MaxSignatureLength => 88;

    public int Sign(ReadOnlySpan<byte> payload, Span<byte> destination)
    {
        // BouncyCastle signs from an array; the payload is copied once into a pooled one.
        byte[] message = ArrayPool<byte>.Shared.Rent(payload.Length);
        byte[] signature = ArrayPool<byte>.Shared.Rent(Ed25519PrivateKeyParameters.SignatureSize);
        try
        {
            payload.CopyTo(message);
            _key.Sign(Org.BouncyCastle.Math.EC.Rfc8032.Ed25519.Algorithm.Ed25519, null, message, 0, payload.Length, signature, 0);
            Base64.EncodeToUtf8(signature.AsSpan(0, Ed25519PrivateKeyParameters.SignatureSize), destination, out _, out int written);
            return written;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(message);
            ArrayPool<byte>.Shared.Return(signature);
        }
    }

    public override string ToString() => "Ed25519 signer (private key redacted)";
}
