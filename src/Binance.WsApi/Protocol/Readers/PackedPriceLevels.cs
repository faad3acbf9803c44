using System.Collections;

namespace Binance.WsApi.Protocol.Readers;

/// <summary>
/// One side of an order book held as 64-bit mantissas with their decimal scales, 16 bytes a level instead of the
/// 32 of a <see cref="PriceLevel"/>, and the scales once per column when every level shares them (Binance writes a
/// symbol's prices and quantities at fixed precision). A level is rebuilt on access, exact: the decimal is the same
/// value with the same scale as the text it came from.
/// </summary>
internal sealed class PackedPriceLevels : IReadOnlyList<PriceLevel>
{
    // Price and quantity of level i at 2i and 2i+1; negative values keep their sign in the mantissa.
    private readonly long[] _mantissas;

    // Null when every price has _priceScale and every quantity _quantityScale; otherwise one scale per mantissa.
    private readonly byte[]? _scales;
    private readonly byte _priceScale;
    private readonly byte _quantityScale;

    public PackedPriceLevels(long[] mantissas, byte[]? scales, byte priceScale, byte quantityScale)
    {
        _mantissas = mantissas;
        _scales = scales;
        _priceScale = priceScale;
        _quantityScale = quantityScale;
    }

    public int Count => _mantissas.Length / 2;

    public PriceLevel this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            int at = 2 * index;
            return _scales is null
                ? new PriceLevel(ToDecimal(_mantissas[at], _priceScale), ToDecimal(_mantissas[at + 1], _quantityScale))
                : new PriceLevel(ToDecimal(_mantissas[at], _scales[at]), ToDecimal(_mantissas[at + 1], _scales[at + 1]));
        }
    }

    /// <summary>
    /// The mantissa and scale of <paramref name="value"/> when the mantissa fits 63 bits (any price or quantity
    /// Binance sends); false otherwise, and for a negative zero, whose sign a mantissa cannot keep.
    /// </summary>
    public static bool TryPack(decimal value, out long mantissa, out byte scale)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        scale = (byte)((bits[3] >> 16) & 0xFF);
        bool negative = bits[3] < 0;
        mantissa = ((long)(uint)bits[1] << 32) | (uint)bits[0];
        if (bits[2] != 0 || bits[1] < 0 || (negative && mantissa == 0))
        {
            return false;
        }

        if (negative)
        {
            mantissa = -mantissa;
        }

        return true;
    }

    public IEnumerator<PriceLevel> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static decimal ToDecimal(long mantissa, byte scale)
    {
        bool negative = mantissa < 0;
        ulong magnitude = negative ? (ulong)-mantissa : (ulong)mantissa;
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, negative, scale);
    }
}
