using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;

namespace Binance.WsApi.Protocol;

/// <summary>
/// Shares the strings that recur in every response (enum values such as <c>NEW</c>, <c>BUY</c>, <c>MINUTE</c>, and
/// symbols), so reading a response does not allocate them again each time. Looked up from the UTF-8 bytes without
/// allocating; bounded, so a stream of ever-new values (ids, say) cannot grow it without limit.
/// </summary>
internal static class Utf8StringPool
{
    private const int MaxLength = 32;
    private const int MaxEntries = 4096;

    private static readonly ConcurrentDictionary<string, string> Pool = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Pool.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The reader's current string value, shared when it is short enough to be a recurring one.</summary>
    public static string GetString(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String || reader.HasValueSequence || reader.ValueIsEscaped || reader.ValueSpan.Length > MaxLength)
        {
            return reader.GetString() ?? string.Empty;
        }

        return Get(reader.ValueSpan);
    }

    /// <summary>The string of these UTF-8 bytes, from the pool when it is there (added when there is room).</summary>
    public static string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxLength)
        {
            return Encoding.UTF8.GetString(utf8);
        }

        Span<char> chars = stackalloc char[MaxLength];
        int length = Encoding.UTF8.GetChars(utf8, chars);
        ReadOnlySpan<char> text = chars[..length];
        if (Lookup.TryGetValue(text, out string? shared))
        {
            return shared;
        }

        string created = new(text);
        if (Pool.Count < MaxEntries)
        {
            Pool.TryAdd(created, created);
        }

        return created;
    }
}
