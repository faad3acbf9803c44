using System.Text.Json;

namespace Binance.WsApi.Protocol;

/// <summary>
/// One <c>rateLimits</c> entry in 16 bytes, kept inside the response (and read by the rate tracker) instead of a
/// <see cref="RateLimit"/> object per entry: the type and interval are codes for the values Binance sends, the numbers
/// are kept whole. A value no code stands for (an unknown type or interval) is never packed: the reader keeps the
/// whole array as objects then (<see cref="PackedRateLimits"/>), so nothing read is lost.
/// </summary>
internal readonly struct PackedRateLimit
{
    // Code 0 is "the property was absent" (the default struct, whose Value is null); code 1 the empty string, which is
    // what a JSON null or "" read as. The rest are the values Binance documents.
    private static readonly RateLimitType[] Types =
        [default, new(string.Empty), RateLimitType.RequestWeight, RateLimitType.Orders, RateLimitType.Connections, RateLimitType.RawRequests];

    private static readonly RateLimitInterval[] Intervals =
        [default, new(string.Empty), RateLimitInterval.Second, RateLimitInterval.Minute, RateLimitInterval.Hour, RateLimitInterval.Day];

    private const byte PresentFlag = 1;
    private const byte HasCountFlag = 2;

    // Declared in this order (sequential layout) so the struct is 16 bytes: three ints, three bytes, one byte of padding.
    // A flag rather than a sentinel count for "no count": every int a server may send stays representable.
    private readonly int _intervalNum;
    private readonly int _limit;
    private readonly int _count;
    private readonly byte _typeCode;
    private readonly byte _intervalCode;
    private readonly byte _flags;

    public PackedRateLimit(byte typeCode, byte intervalCode, int intervalNum, int limit, int? count)
    {
        _intervalNum = intervalNum;
        _limit = limit;
        _count = count.GetValueOrDefault();
        _typeCode = typeCode;
        _intervalCode = intervalCode;
        _flags = (byte)(PresentFlag | (count.HasValue ? HasCountFlag : 0));
    }

    /// <summary>How many interval units make the window.</summary>
    public int IntervalNum => _intervalNum;

    /// <summary>The limit per window.</summary>
    public int Limit => _limit;

    /// <summary>The code of <see cref="Type"/>.</summary>
    public byte TypeCode => _typeCode;

    /// <summary>The code of <see cref="Interval"/>.</summary>
    public byte IntervalCode => _intervalCode;

    /// <summary>False for the default value: no entry.</summary>
    public bool IsPresent => (_flags & PresentFlag) != 0;

    /// <summary>Usage in the current window after the request, when reported.</summary>
    public int? Count => (_flags & HasCountFlag) != 0 ? _count : null;

    /// <summary>What is limited (a shared value: no allocation).</summary>
    public RateLimitType Type => Types[TypeCode];

    /// <summary>The interval unit (a shared value: no allocation).</summary>
    public RateLimitInterval Interval => Intervals[IntervalCode];

    /// <summary>The public object, as the object reader would have built it.</summary>
    public RateLimit ToRateLimit() =>
        new() { RateLimitType = Type, Interval = Interval, IntervalNum = IntervalNum, Limit = Limit, Count = Count };

    /// <summary>The code of the reader's current <c>rateLimitType</c> value; false when no code stands for it.</summary>
    public static bool TryEncodeType(ref Utf8JsonReader reader, out byte code) => TryEncode(ref reader, isType: true, out code);

    /// <summary>The code of the reader's current <c>interval</c> value; false when no code stands for it.</summary>
    public static bool TryEncodeInterval(ref Utf8JsonReader reader, out byte code) => TryEncode(ref reader, isType: false, out code);

    private static bool TryEncode(ref Utf8JsonReader reader, bool isType, out byte code)
    {
        code = 0;
        if (reader.TokenType == JsonTokenType.Null)
        {
            code = 1;
            return true;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        // The unescaped text, as the object reader's string was. No known value is longer than 14 bytes, and an escape
        // takes at most 6 bytes for each byte it stands for, so longer escaped text cannot be one of them.
        Span<byte> unescaped = stackalloc byte[MaxEscapedCodeLength];
        scoped ReadOnlySpan<byte> text = reader.ValueSpan;
        if (reader.ValueIsEscaped)
        {
            if (text.Length > MaxEscapedCodeLength)
            {
                return false;
            }

            text = unescaped[..reader.CopyString(unescaped)];
        }

        code = isType ? TypeCodeOf(text) : IntervalCodeOf(text);
        return code != 0;
    }

    private const int MaxEscapedCodeLength = 6 * 14;

    /// <summary>The code of an (unescaped) <c>rateLimitType</c> text: 1 for the empty string, 0 when none stands for it.</summary>
    public static byte TypeCodeOf(ReadOnlySpan<byte> text) =>
        text.IsEmpty ? (byte)1
        : text.SequenceEqual("REQUEST_WEIGHT"u8) ? (byte)2
        : text.SequenceEqual("ORDERS"u8) ? (byte)3
        : text.SequenceEqual("CONNECTIONS"u8) ? (byte)4
        : text.SequenceEqual("RAW_REQUESTS"u8) ? (byte)5
        : (byte)0;

    /// <summary>The code of an (unescaped) <c>interval</c> text: 1 for the empty string, 0 when none stands for it.</summary>
    public static byte IntervalCodeOf(ReadOnlySpan<byte> text) =>
        text.IsEmpty ? (byte)1
        : text.SequenceEqual("MINUTE"u8) ? (byte)3
        : text.SequenceEqual("SECOND"u8) ? (byte)2
        : text.SequenceEqual("DAY"u8) ? (byte)5
        : text.SequenceEqual("HOUR"u8) ? (byte)4
        : (byte)0;
}
