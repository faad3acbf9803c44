using Binance.WsApi.Emulator.Market;
using Binance.WsApi.Emulator.Matching.Core;

namespace Binance.WsApi.Emulator.Matching.Futures;

/// <summary>
/// One contract's book and prices. The book is the one both markets share (<see cref="PriceTimeBook{TOrder}"/>);
/// conditional orders wait outside it until they trigger.
/// </summary>
internal sealed class FuturesSymbolState(FuturesSymbol symbol, bool inverse)
{
    public FuturesSymbol Symbol { get; } = symbol;

    public bool Inverse { get; } = inverse;

    public PriceTimeBook<FuturesOrder> Book { get; } = new();

    /// <summary>Best first: highest price, then oldest (a snapshot).</summary>
    public IReadOnlyList<FuturesOrder> Bids => Book.InPriority(Matching.Side.Buy);

    /// <summary>Best first: lowest price, then oldest (a snapshot).</summary>
    public IReadOnlyList<FuturesOrder> Asks => Book.InPriority(Matching.Side.Sell);

    public List<FuturesOrder> Conditionals { get; } = [];

    public decimal LastPrice { get; set; }

    public decimal MarkPrice { get; set; }

    /// <summary>The index price set from outside; null = it follows the mark price (the emulator has no index feed).</summary>
    public decimal? IndexPriceSet { get; set; }

    public decimal IndexPrice => IndexPriceSet ?? MarkPrice;

    public long LastUpdateId { get; set; } = 1_000_000;

    public long LastTradeTime { get; set; }

    public IReadOnlyList<FuturesOrder> Side(Side side) => Book.InPriority(side);

    public decimal? BestPrice(Side side) => Book.BestPrice(side);

    /// <summary>USD-M: qty × price (quote); COIN-M: contracts × contractSize / price (base coin).</summary>
    public decimal Value(decimal quantity, decimal price) =>
        Inverse ? (price == 0m ? 0m : quantity * Symbol.ContractSize / price) : quantity * price;

    public void Insert(FuturesOrder order) => Book.Add(order);
}
