using Binance.WsApi.Emulator.Matching;

namespace Binance.WsApi.Emulator.Tests.Matching;

/// <summary>
/// A deliberately naive price-time book (two sorted lists, no self-trade prevention, no icebergs) that the property
/// tests run beside the engines: every fill and every resting quantity of the engine must be what this model says.
/// </summary>
internal sealed class ReferenceBook
{
    private readonly List<Resting> _bids = [];
    private readonly List<Resting> _asks = [];
    private long _sequence;

    private sealed class Resting(long id, Side side, decimal price, decimal remaining, long sequence)
    {
        public long Id { get; } = id;

        public Side Side { get; } = side;

        public decimal Price { get; } = price;

        public decimal Remaining { get; set; } = remaining;

        public long Sequence { get; } = sequence;
    }

    /// <summary>Quantity the opposite side holds at prices a taker with <paramref name="limit"/> (null = any) could trade.</summary>
    public decimal Available(Side takerSide, decimal? limit) =>
        Opposite(takerSide).Where(r => Crosses(takerSide, limit, r.Price)).Sum(r => r.Remaining);

    /// <summary>Whether a taker priced at <paramref name="limit"/> would trade at once.</summary>
    public bool WouldCross(Side takerSide, decimal limit) => Opposite(takerSide) is { Count: > 0 } o && Crosses(takerSide, limit, o[0].Price);

    /// <summary>Takes up to <paramref name="qty"/> from the opposite side in price-time order; returns the fills.</summary>
    public List<(decimal Price, decimal Qty, long MakerId)> Take(Side takerSide, decimal? limit, decimal qty)
    {
        var fills = new List<(decimal, decimal, long)>();
        List<Resting> book = Opposite(takerSide);
        while (qty > 0m && book.Count > 0 && Crosses(takerSide, limit, book[0].Price))
        {
            Resting maker = book[0];
            decimal q = Math.Min(qty, maker.Remaining);
            fills.Add((maker.Price, q, maker.Id));
            maker.Remaining -= q;
            qty -= q;
            if (maker.Remaining == 0m)
            {
                book.RemoveAt(0);
            }
        }

        return fills;
    }

    public void Rest(long id, Side side, decimal price, decimal qty)
    {
        List<Resting> book = side == Side.Buy ? _bids : _asks;
        var order = new Resting(id, side, price, qty, ++_sequence);
        int i = book.FindIndex(r => side == Side.Buy ? r.Price < price : r.Price > price);
        book.Insert(i < 0 ? book.Count : i, order);
    }

    public bool Remove(long id) => _bids.RemoveAll(r => r.Id == id) + _asks.RemoveAll(r => r.Id == id) > 0;

    public IReadOnlyList<long> OpenIds => [.. _bids.Concat(_asks).Select(r => r.Id)];

    public SortedDictionary<long, decimal> Open() => new(_bids.Concat(_asks).ToDictionary(r => r.Id, r => r.Remaining));

    public (decimal? Bid, decimal? Ask) Best => (_bids.Count > 0 ? _bids[0].Price : null, _asks.Count > 0 ? _asks[0].Price : null);

    private List<Resting> Opposite(Side takerSide) => takerSide == Side.Buy ? _asks : _bids;

    private static bool Crosses(Side takerSide, decimal? limit, decimal makerPrice) =>
        limit is not { } l || (takerSide == Side.Buy ? makerPrice <= l : makerPrice >= l);
}
