using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;

namespace Binance.WsApi.Protocol;

/// <summary>
/// Shares the strings that recur in every response (enum values such as <c>NEW</c>, <c>BUY</c>, <c>MINUTE</c>, and
/// symbols), so reading a response does not allocate them again each time. Looked up from the UTF-8 bytes without
/// allocating; bounded, so a stream of ever-new values (ids, say) cannot grow it without limit.
/// </summary>
internal sealed class Utf8StringPool
{
    /// <summary>Longest value (in UTF-8 bytes) the stack buffer of a lookup may hold.</summary>
    private const int MaxSupportedLength = 128;

    private readonly ConcurrentDictionary<string, string> _pool = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int _maxLength;
    private readonly int _maxEntries;

    // Counted here rather than with the dictionary's Count, which takes every lock of the table on each call.
    private int _count;

    /// <summary>A pool of values up to <paramref name="maxLength"/> UTF-8 bytes, holding at most <paramref name="maxEntries"/>.</summary>
    public Utf8StringPool(int maxLength, int maxEntries)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxLength, MaxSupportedLength);
        ArgumentOutOfRangeException.ThrowIfNegative(maxEntries);
        _maxLength = maxLength;
        _maxEntries = maxEntries;
        _lookup = _pool.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The pool the client's readers share.</summary>
    public static Utf8StringPool Shared { get; } = new(32, 4096);

    /// <summary>How many strings the pool holds.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The reader's current string value, from <see cref="Shared"/> when it is short enough to be a recurring one.</summary>
    public static string GetString(ref Utf8JsonReader reader) => Shared.Read(ref reader);

    /// <summary>The reader's current string value, shared when it is short enough to be a recurring one.</summary>
    public string Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String || reader.HasValueSequence || reader.ValueIsEscaped || reader.ValueSpan.Length > _maxLength)
        {
            return reader.GetString() ?? string.Empty;
        }

        return Get(reader.ValueSpan);
    }

    /// <summary>The string of these UTF-8 bytes, from the pool when it is there (added when there is room).</summary>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > _maxLength)
        {
            return Encoding.UTF8.GetString(utf8);
        }

        // At most one char per UTF-8 byte.
        Span<char> chars = stackalloc char[MaxSupportedLength];
        int length = Encoding.UTF8.GetChars(utf8, chars);
        ReadOnlySpan<char> text = chars[..length];
        if (_lookup.TryGetValue(text, out string? shared))
        {
            return shared;
        }

        string created = new(text);
        // Reserve a slot first, so concurrent misses cannot take the pool past its bound.
        if (Interlocked.Increment(ref _count) <= _maxEntries)
        {
            if (_pool.TryAdd(created, created))
            {
                return created;
            }

            // Another thread added the same value meanwhile: give the slot back and share its string.
            Interlocked.Decrement(ref _count);
            return _lookup.TryGetValue(text, out shared) ? shared : created;
        }

        Interlocked.Decrement(ref _count);
        return created;
    }
}
