using System.Security.Cryptography;
using System.Text;

namespace Binance.WsApi.Auth;

/// <summary>HMAC-SHA256 over the payload, written as lowercase hex (what Binance documents).</summary>
internal sealed class HmacRequestSigner : IRequestSigner
{
    [System.Diagnostics.DebuggerBrowsable(System.Diagnostics.DebuggerBrowsableState.Never)]
    private readonly byte[] _key;

    public HmacRequestSigner(string secret)
    {
        _key = Encoding.UTF8.GetBytes(secret);
    }

    public ApiKeyType KeyType => ApiKeyType.Hmac;

    public int MaxSignatureLength => 64;

    public int Sign(ReadOnlySpan<byte> payload, Span<byte> destination)
    {
        Span<byte> hash = stackalloc byte[32];
        HMACSHA256.HashData(_key, payload, hash);
        const string digits = "0123456789abcdef";
        for (int i = 0; i < hash.Length; i++)
        {
            destination[2 * i] = (byte)digits[hash[i] >> 4];
            destination[(2 * i) + 1] = (byte)digits[hash[i] & 0xF];
        }

        return 64;
    }

    public override string ToString() => "HMAC signer (secret redacted)";
}
