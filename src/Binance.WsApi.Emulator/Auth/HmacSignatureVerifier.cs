using System.Security.Cryptography;
using System.Text;

namespace Binance.WsApi.Emulator.Auth;

/// <summary>HMAC-SHA256, signature as hex (case-insensitive, docs/protocol.md §4.1).</summary>
internal sealed class HmacSignatureVerifier(string secret) : ISignatureVerifier
{
    private readonly byte[] _secret = Encoding.UTF8.GetBytes(secret);

    public ApiKeyType KeyType => ApiKeyType.Hmac;

    public bool Verify(ReadOnlySpan<byte> payload, string signature)
    {
        if (signature.Length != 64)
        {
            return false;
        }

        Span<byte> given = stackalloc byte[32];
        if (Convert.FromHexString(signature, given, out _, out int written) != System.Buffers.OperationStatus.Done || written != 32)
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[32];
        HMACSHA256.HashData(_secret, payload, expected);
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    public override string ToString() => "HMAC key (secret hidden)";
}
