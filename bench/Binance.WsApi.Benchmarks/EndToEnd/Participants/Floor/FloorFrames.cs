using System.Security.Cryptography;
using System.Text;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;

namespace Binance.WsApi.Benchmarks.EndToEnd.Participants.Floor;

/// <summary>
/// The frames the floor sends, written by hand to match our client's byte for byte in shape: the same params in the
/// same order, a fresh 22-character client order id and timestamp per order, and for HMAC the signature over the
/// params sorted by name as <c>key=value&amp;…</c>. The names are fixed, so they are simply appended in sorted order.
/// Not thread-safe: one loop uses it.
/// </summary>
internal sealed class FloorFrames
{
    private const string HexDigits = "0123456789abcdef";
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private readonly OrderShape _shape;
    private readonly ByteBuffer _frame = new();
    private readonly ByteBuffer _payload = new();
    // Keyed once (as the client's signer keeps its state): the one-shot HMAC API sets the key up again per call.
    private readonly IncrementalHash _hmac;
    private readonly byte[] _apiKey;

    public FloorFrames(OrderShape shape, string hmacApiKey, string hmacSecret)
    {
        _shape = shape;
        _apiKey = Encoding.UTF8.GetBytes(hmacApiKey);
        _hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(hmacSecret));
    }

    public ReadOnlyMemory<byte> Ping(long id)
    {
        _frame.Clear();
        _frame.Append("{\"id\":"u8).Append(id).Append(",\"method\":\"ping\"}"u8);
        return _frame.Memory;
    }

    /// <summary>An order; <paramref name="signed"/> adds apiKey and the HMAC signature, otherwise the session is logged on.</summary>
    public ReadOnlyMemory<byte> Order(long id, bool signed)
    {
        Span<byte> clientOrderId = stackalloc byte[22];
        // The cheapest unique id (the client does the same): a non-cryptographic generator, no call into the OS's
        // entropy source per order.
        Span<byte> random = stackalloc byte[22];
        Random.Shared.NextBytes(random);
        for (int i = 0; i < clientOrderId.Length; i++)
        {
            clientOrderId[i] = (byte)Alphabet[random[i] % Alphabet.Length];
        }

        long timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        _frame.Clear();
        _frame.Append("{\"id\":"u8).Append(id).Append(",\"method\":\"order.place\",\"params\":{\"symbol\":\""u8).Append(_shape.Symbol)
            .Append("\",\"side\":\"BUY\",\"type\":\"LIMIT\",\"timeInForce\":\""u8).Append(_shape.TimeInForce)
            .Append("\",\"price\":\""u8).Append(_shape.Price).Append("\",\"quantity\":\""u8).Append(_shape.Quantity)
            .Append("\",\"newClientOrderId\":\""u8).Append(clientOrderId).Append("\",\"newOrderRespType\":\"ACK\""u8);
        if (signed)
        {
            _frame.Append(",\"apiKey\":\""u8).Append(_apiKey).Append("\""u8);
        }

        _frame.Append(",\"timestamp\":"u8).Append(timestamp);
        if (signed)
        {
            _payload.Clear();
            _payload.Append("apiKey="u8).Append(_apiKey)
                .Append("&newClientOrderId="u8).Append(clientOrderId)
                .Append("&newOrderRespType=ACK&price="u8).Append(_shape.Price)
                .Append("&quantity="u8).Append(_shape.Quantity)
                .Append("&side=BUY&symbol="u8).Append(_shape.Symbol)
                .Append("&timeInForce="u8).Append(_shape.TimeInForce)
                .Append("&timestamp="u8).Append(timestamp)
                .Append("&type=LIMIT"u8);
            Span<byte> hash = stackalloc byte[32];
            _hmac.AppendData(_payload.Span);
            _hmac.GetHashAndReset(hash);
            Span<byte> hex = stackalloc byte[64];
            for (int i = 0; i < hash.Length; i++)
            {
                hex[2 * i] = (byte)HexDigits[hash[i] >> 4];
                hex[(2 * i) + 1] = (byte)HexDigits[hash[i] & 0xF];
            }

            _frame.Append(",\"signature\":\""u8).Append(hex).Append("\""u8);
        }

        _frame.Append("}}"u8);
        return _frame.Memory;
    }

    /// <summary><c>session.logon</c> with the Ed25519 key: the signature covers <c>apiKey=…&amp;timestamp=…</c>.</summary>
    public ReadOnlyMemory<byte> Logon(long id)
    {
        long timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        _payload.Clear();
        _payload.Append("apiKey="u8).Append(TestKeys.Ed25519ApiKey).Append("&timestamp="u8).Append(timestamp);
        var signer = new Ed25519Signer();
        signer.Init(true, ReadEd25519Key());
        byte[] payload = _payload.Span.ToArray();
        signer.BlockUpdate(payload, 0, payload.Length);
        string signature = Convert.ToBase64String(signer.GenerateSignature());
        _frame.Clear();
        _frame.Append("{\"id\":"u8).Append(id).Append(",\"method\":\"session.logon\",\"params\":{\"apiKey\":\""u8).Append(TestKeys.Ed25519ApiKey)
            .Append("\",\"timestamp\":"u8).Append(timestamp).Append(",\"signature\":\""u8).Append(signature).Append("\"}}"u8);
        return _frame.Memory;
    }

    private static Ed25519PrivateKeyParameters ReadEd25519Key()
    {
        PemFields fields = PemEncoding.Find(TestKeys.Ed25519PrivateKeyPem);
        byte[] der = Convert.FromBase64String(TestKeys.Ed25519PrivateKeyPem[fields.Base64Data]);
        return (Ed25519PrivateKeyParameters)PrivateKeyFactory.CreateKey(der);
    }
}
