namespace Binance.WsApi.Protocol;

/// <summary>
/// Makes the client order ids the client fills in when a caller gives none, so that an order whose outcome is unknown
/// (sent, then the connection dropped) can always be looked up by its id. Ids are the configured prefix followed by
/// random base-62 characters up to 22 in all (Binance's own length), never a vendor tag; they match both the spot rule
/// <c>^[a-zA-Z0-9-_]{1,36}$</c> and the futures rule <c>^[\.A-Z\:/a-z0-9_-]{1,36}$</c>.
/// </summary>
internal sealed class ClientOrderIdGenerator
{
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private const int TotalLength = 22;
    private readonly string _prefix;

    public ClientOrderIdGenerator(string prefix)
    {
        _prefix = prefix;
    }

    public string Next()
    {
        int randomLength = Math.Max(TotalLength - _prefix.Length, 12);
        return string.Create(_prefix.Length + randomLength, _prefix, static (span, prefix) =>
        {
            prefix.AsSpan().CopyTo(span);
            // Uniqueness, not secrecy, is the point: the shared non-cryptographic generator (randomly seeded per
            // process) is enough and costs no call into the OS's entropy source per order.
            Span<byte> random = stackalloc byte[span.Length - prefix.Length];
            Random.Shared.NextBytes(random);
            for (int i = 0; i < random.Length; i++)
            {
                // 62 does not divide 256, so the bias is tiny (and irrelevant: uniqueness, not secrecy, is the point).
                span[prefix.Length + i] = Alphabet[random[i] % Alphabet.Length];
            }
        });
    }

    public static void ValidatePrefix(string prefix)
    {
        if (prefix.Length > 14)
        {
            throw new ArgumentException("ClientOrderIdPrefix is at most 14 characters, leaving room for the unique part.", nameof(prefix));
        }

        foreach (char c in prefix)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                throw new ArgumentException("ClientOrderIdPrefix may contain only letters, digits, '-' and '_'.", nameof(prefix));
            }
        }
    }
}
