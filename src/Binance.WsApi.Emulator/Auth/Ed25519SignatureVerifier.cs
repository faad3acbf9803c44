using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;

namespace Binance.WsApi.Emulator.Auth;

/// <summary>Ed25519 (pure) over the payload bytes, signature as base64 (docs/protocol.md §4.1). BouncyCastle, because .NET has no Ed25519.</summary>
internal sealed class Ed25519SignatureVerifier : ISignatureVerifier
{
    private readonly Ed25519PublicKeyParameters _publicKey;

    public Ed25519SignatureVerifier(string publicKeyPem)
    {
        if (!System.Security.Cryptography.PemEncoding.TryFind(publicKeyPem, out var fields))
        {
            throw new FormatException("No PEM block found in the Ed25519 public key.");
        }

        byte[] der = Convert.FromBase64String(publicKeyPem[fields.Base64Data]);
        AsymmetricKeyParameter key = PublicKeyFactory.CreateKey(der);
        _publicKey = key as Ed25519PublicKeyParameters
            ?? throw new FormatException("The PEM block is not an Ed25519 public key.");
    }

    public ApiKeyType KeyType => ApiKeyType.Ed25519;

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

        if (bytes.Length != 64) // Ed25519 signatures are always 64 bytes
        {
            return false;
        }

        var signer = new Ed25519Signer();
        signer.Init(false, _publicKey);
        signer.BlockUpdate(payload);
        return signer.VerifySignature(bytes);
    }
}
