using System.Buffers.Text;

namespace Binance.WsApi.Protocol;

/// <summary>
/// Reads a <c>rateLimits</c> array written the way Binance writes it: compact, the five properties in their documented
/// order, the type and interval among the packed codes, plain integers. Such an array is matched byte by byte, without
/// tokenizing: it comes with nearly every response and was the largest part of routing one. Anything else (whitespace,
/// another order, an escape, an unknown value, a <c>null</c> count, a number out of range) is not read here: the
/// caller falls back to <see cref="RateLimitsReader"/>, so the result never depends on which path read it.
/// </summary>
internal static class CompactRateLimitsParser
{
    private static ReadOnlySpan<byte> TypeKey => "{\"rateLimitType\":\""u8;
    private static ReadOnlySpan<byte> IntervalKey => "\",\"interval\":\""u8;
    private static ReadOnlySpan<byte> IntervalNumKey => "\",\"intervalNum\":"u8;
    private static ReadOnlySpan<byte> LimitKey => ",\"limit\":"u8;
    private static ReadOnlySpan<byte> CountKey => ",\"count\":"u8;

    // Entries after the first gathered on the stack; a longer array is left to the general reader.
    private const int MaxRest = 8;

    /// <summary>
    /// Reads the array at the start of <paramref name="json"/>; <paramref name="length"/> is how many bytes it took.
    /// False when the bytes are not in the compact form (nothing is decided then).
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> json, out PackedRateLimits packed, out int length)
    {
        packed = default;
        length = 0;
        if (json.IsEmpty || json[0] != (byte)'[')
        {
            return false;
        }

        int at = 1;
        if (at < json.Length && json[at] == (byte)']')
        {
            length = 2;
            return true;
        }

        PackedRateLimit first = default;
        Span<PackedRateLimit> rest = stackalloc PackedRateLimit[MaxRest];
        int restCount = 0;
        while (true)
        {
            if (!TryReadEntry(json, ref at, out PackedRateLimit entry))
            {
                return false;
            }

            if (!first.IsPresent)
            {
                first = entry;
            }
            else if (restCount < MaxRest)
            {
                rest[restCount++] = entry;
            }
            else
            {
                return false;
            }

            if (at >= json.Length)
            {
                return false;
            }

            byte next = json[at++];
            if (next == (byte)']')
            {
                break;
            }

            if (next != (byte)',')
            {
                return false;
            }
        }

        packed = new PackedRateLimits(first, restCount == 0 ? null : rest[..restCount].ToArray());
        length = at;
        return true;
    }

    private static bool TryReadEntry(ReadOnlySpan<byte> json, ref int at, out PackedRateLimit entry)
    {
        entry = default;
        if (!Expect(json, ref at, TypeKey) || !TryReadCode(json, ref at, isType: true, out byte type)
            || !Expect(json, ref at, IntervalKey) || !TryReadCode(json, ref at, isType: false, out byte interval)
            || !Expect(json, ref at, IntervalNumKey) || !TryReadInt32(json, ref at, out int intervalNum)
            || !Expect(json, ref at, LimitKey) || !TryReadInt32(json, ref at, out int limit)
            || !Expect(json, ref at, CountKey) || !TryReadInt32(json, ref at, out int count)
            || at >= json.Length || json[at] != (byte)'}')
        {
            return false;
        }

        at++;
        entry = new PackedRateLimit(type, interval, intervalNum, limit, count);
        return true;
    }

    private static bool Expect(ReadOnlySpan<byte> json, ref int at, ReadOnlySpan<byte> literal)
    {
        if (!json[at..].StartsWith(literal))
        {
            return false;
        }

        at += literal.Length;
        return true;
    }

    /// <summary>The text up to the closing quote (left for the next literal), as one of the packed codes.</summary>
    private static bool TryReadCode(ReadOnlySpan<byte> json, ref int at, bool isType, out byte code)
    {
        code = 0;
        int end = json[at..].IndexOf((byte)'"');
        if (end <= 0)
        {
            // An empty string is packable but rare: the general reader handles it.
            return false;
        }

        ReadOnlySpan<byte> text = json.Slice(at, end);
        code = isType ? PackedRateLimit.TypeCodeOf(text) : PackedRateLimit.IntervalCodeOf(text);
        at += end;
        return code != 0;
    }

    /// <summary>A JSON integer (<c>-?(0|[1-9][0-9]*)</c>, nothing after it but <c>,</c> or <c>}</c>) that fits an int.</summary>
    private static bool TryReadInt32(ReadOnlySpan<byte> json, ref int at, out int value)
    {
        value = 0;
        int start = at;
        int i = at;
        if (i < json.Length && json[i] == (byte)'-')
        {
            i++;
        }

        int digitsStart = i;
        while (i < json.Length && (uint)(json[i] - '0') <= 9)
        {
            i++;
        }

        int digits = i - digitsStart;
        if (digits == 0 || digits > 10 || (digits > 1 && json[digitsStart] == (byte)'0')
            || i >= json.Length || (json[i] != (byte)',' && json[i] != (byte)'}'))
        {
            return false;
        }

        if (!Utf8Parser.TryParse(json[start..i], out value, out int consumed) || consumed != i - start)
        {
            return false;
        }

        at = i;
        return true;
    }
}
