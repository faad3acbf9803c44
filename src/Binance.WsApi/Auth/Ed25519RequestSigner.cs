using System.Buffers.Text;
using NSec.Cryptography;
using Org.BouncyCastle.Crypto.Parameters;

namespace Binance.WsApi.Auth;

/// <summary>
/// Pure Ed25519 over the payload, written as base64 (88 characters). Signs through libsodium (NSec): about three times
/// faster than BouncyCastle and allocation-free, where BouncyCastle allocates ~1.8 KB a signature (bench/README.md).
/// .NET 10 has no Ed25519 of its own. Ed25519 is deterministic, so both give the same bytes; BouncyCastle (which reads
/// the PEM anyway) signs when libsodium cannot be loaded on the platform.
/// </summary>
internal sealed class Ed25519RequestSigner : IRequestSigner, IDisposable
{
    private const int SignatureSize = 64;

    [System.Diagnostics.DebuggerBrowsable(System.Diagnostics.DebuggerBrowsableState.Never)]
    private readonly Key? _sodiumKey;

    [System.Diagnostics.DebuggerBrowsable(System.Diagnostics.DebuggerBrowsableState.Never)]
    private readonly Ed25519PrivateKeyParameters? _fallbackKey;

    public Ed25519RequestSigner(Ed25519PrivateKeyParameters key)
        : this(key, useSodium: true)
    {
    }

    /// <summary>For the tests: <paramref name="useSodium"/> false signs with BouncyCastle, as on a platform without libsodium.</summary>
    internal Ed25519RequestSigner(Ed25519PrivateKeyParameters key, bool useSodium)
    {
        if (!useSodium)
        {
            _fallbackKey = key;
            return;
        }

        Span<byte> seed = stackalloc byte[Ed25519PrivateKeyParameters.KeySize];
        key.Encode(seed);
        try
        {
            _sodiumKey = Key.Import(SignatureAlgorithm.Ed25519, seed, KeyBlobFormat.RawPrivateKey);
        }
        catch (Exception ex) when (ex is DllNotFoundException or TypeInitializationException or PlatformNotSupportedException or EntryPointNotFoundException or BadImageFormatException)
        {
            _fallbackKey = key;
        }
        finally
        {
            seed.Clear();
        }
    }

    public ApiKeyType KeyType => ApiKeyType.Ed25519;

    public int MaxSignatureLength => 88;

    /// <summary>True when libsodium signs (false: the BouncyCastle fallback).</summary>
    internal bool UsesSodium => _sodiumKey is not null;

    public int Sign(ReadOnlySpan<byte> payload, Span<byte> destination)
    {
        Span<byte> signature = stackalloc byte[SignatureSize];
        if (_sodiumKey is not null)
        {
            SignatureAlgorithm.Ed25519.Sign(_sodiumKey, payload, signature);
        }
        else
        {
            // BouncyCastle signs arrays; the fallback is rare enough for the two copies. It derives the public key once.
            byte[] raw = new byte[SignatureSize];
            _fallbackKey!.Sign(Org.BouncyCastle.Math.EC.Rfc8032.Ed25519.Algorithm.Ed25519, null, payload.ToArray(), 0, payload.Length, raw, 0);
            raw.CopyTo(signature);
        }

        Base64.EncodeToUtf8(signature, destination, out _, out int written);
        return written;
    }

    public void Dispose() => _sodiumKey?.Dispose();

    public override string ToString() => "Ed25519 signer (private key redacted)";
}
