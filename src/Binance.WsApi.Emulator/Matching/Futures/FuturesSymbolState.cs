using Binance.WsApi.Emulator.Market;

namespace Binance.WsApi.Emulator.Matching.Futures;

/// <summary>
/// One contract's book and prices. Books are lists kept in price-time order (a handful of orders in tests and
/// demos, so clarity beats a tree). Conditional orders wait outside the book until they trigger.
/// </summary>
internal sealed class FuturesSymbolState(FuturesSymbol symbol, bool inverse)
{
    public FuturesSymbol Symbol { get; } = symbol;

    public bool Inverse { get; } = inverse;

    /// <summary>Best first: highest price, then oldest.</summary>
    public List<FuturesOrder> Bids { get; } = [];

    /// <summary>Best first: lowest price, then oldest.</summary>
    public List<FuturesOrder> Asks { get; } = [];

    public List<FuturesOrder> Conditionals { get; } = [];

    public decimal LastPrice { get; set; }

    public decimal MarkPrice { get; set; }

    /// <summary>The index price set from outside; null = it follows the mark price (the emulator has no index feed).</summary>
    public decimal? IndexPriceSet { get; set; }

    public decimal IndexPrice => IndexPriceSet ?? MarkPrice;

    public long LastUpdateId { get; set; } = 1_000_000;

    public long LastTradeTime { get; set; }

    public List<FuturesOrder> Side(Side side) => side == Matching.Side.Buy ? Bids : Asks;

    public decimal? BestPrice(Side side) => Side(side) is { Count: > 0 } list ? list[0].Price : null;

    /// <summary>USD-M: qty × price (quote); COIN-M: contracts × contractSize / price (base coin).</summary>
    public decimal Value(decimal quantity, decimal price) =>
        Inverse ? (price == 0m ? 0m : quantity * Symbol.ContractSize / price) : quantity * price;

    public void Insert(FuturesOrder order)
    {
        List<FuturesOrder> list = Side(order.Side);
        int i = 0;
        while (i < list.Count && (order.Side == Matching.Side.Buy ? list[i].Price >= order.Price : list[i].Price <= order.Price))
        {
            i++;
        }

        list.Insert(i, order);
    }
}
