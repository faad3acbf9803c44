using System.Security.Cryptography;
using System.Text;

namespace Binance.WsApi.Auth;

/// <summary>HMAC-SHA256 over the payload, written as lowercase hex (what Binance documents).</summary>
internal sealed class HmacRequestSigner : IRequestSigner
{
    [System.Diagnostics.DebuggerBrowsable(System.Diagnostics.DebuggerBrowsableState.Never)]
    private readonly byte[] _key;

    private IncrementalHash? _idle;

    public HmacRequestSigner(string secret)
    {
        _key = Encoding.UTF8.GetBytes(secret);
    }

    public ApiKeyType KeyType => ApiKeyType.Hmac;

    public int MaxSignatureLength => 64;

    public int Sign(ReadOnlySpan<byte> payload, Span<byte> destination)
    {
        Span<byte> hash = stackalloc byte[32];
        // A keyed HMAC state is reused (the one-shot API sets the key up again on every call); whoever takes it owns
        // it until it is put back, so concurrent signers on several connections each get their own.
        IncrementalHash hmac = Interlocked.Exchange(ref _idle, null) ?? IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key);
        hmac.AppendData(payload);
        hmac.GetHashAndReset(hash);
        if (Interlocked.CompareExchange(ref _idle, hmac, null) is not null)
        {
            hmac.Dispose();
        }

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
