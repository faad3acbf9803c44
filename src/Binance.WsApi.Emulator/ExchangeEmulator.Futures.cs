using Binance.WsApi.Emulator.Matching.Futures;

namespace Binance.WsApi.Emulator;

/// <summary>Test seams of the futures markets (USD-M and COIN-M); a symbol name says which market it belongs to.</summary>
public sealed partial class ExchangeEmulator
{
    /// <summary>Sets the mark price of a futures symbol; conditional orders with workingType MARK_PRICE may trigger.</summary>
    /// <param name="symbol">A USD-M (<c>BTCUSDT</c>) or COIN-M (<c>BTCUSD_PERP</c>) symbol.</param>
    /// <param name="price">New mark price (&gt; 0).</param>
    /// <exception cref="ArgumentException">Unknown futures symbol.</exception>
    public void SetMarkPrice(string symbol, decimal price) => FuturesOf(symbol).SetMarkPrice(symbol, price);

    /// <summary>
    /// Sets the index price of a futures symbol, as <c>GET /fapi/v1/premiumIndex</c> (<c>/dapi/v1/premiumIndex</c>) shows
    /// it; null makes it follow the mark price again (the default). The engine does not use it.
    /// </summary>
    /// <param name="symbol">A USD-M or COIN-M symbol.</param>
    /// <param name="price">New index price (&gt; 0), or null.</param>
    public void SetIndexPrice(string symbol, decimal? price) => FuturesOf(symbol).SetIndexPrice(symbol, price);

    /// <summary>The index price of a futures symbol (the mark price unless one was set).</summary>
    /// <param name="symbol">A futures symbol.</param>
    public decimal GetIndexPrice(string symbol)
    {
        FuturesExchange exchange = FuturesOf(symbol);
        return exchange.Run(() => exchange.Find(symbol)!.IndexPrice);
    }

    /// <summary>The mark price of a futures symbol.</summary>
    /// <param name="symbol">A futures symbol.</param>
    public decimal GetMarkPrice(string symbol)
    {
        FuturesExchange exchange = FuturesOf(symbol);
        return exchange.Run(() => exchange.Find(symbol)!.MarkPrice);
    }

    /// <summary>
    /// Sets the futures wallet balance of a margin asset (USDT on USD-M; BTC, ETH on COIN-M) for the account behind
    /// <paramref name="apiKey"/>. The conservation check accounts for it.
    /// </summary>
    /// <param name="apiKey">A key known to the emulator.</param>
    /// <param name="coinMargined">false = USD-M wallet, true = COIN-M wallet.</param>
    /// <param name="asset">Margin asset.</param>
    /// <param name="amount">New wallet balance.</param>
    public void SetFuturesBalance(string apiKey, bool coinMargined, string asset, decimal amount)
    {
        ArgumentNullException.ThrowIfNull(asset);
        (coinMargined ? _services.CoinM : _services.UsdM).SetWallet(AccountOf(apiKey), asset, amount);
    }

    /// <summary>The futures wallet balance (realized PnL and commissions included, unrealized PnL excluded).</summary>
    /// <param name="apiKey">A key known to the emulator.</param>
    /// <param name="coinMargined">false = USD-M wallet, true = COIN-M wallet.</param>
    /// <param name="asset">Margin asset.</param>
    public decimal GetFuturesBalance(string apiKey, bool coinMargined, string asset) =>
        (coinMargined ? _services.CoinM : _services.UsdM).GetWallet(AccountOf(apiKey), asset);

    /// <summary>The one-way position of an account: signed amount (contracts on COIN-M) and entry price (0 when flat).</summary>
    /// <param name="apiKey">A key known to the emulator.</param>
    /// <param name="symbol">A futures symbol.</param>
    public (decimal Amount, decimal EntryPrice) GetPosition(string apiKey, string symbol)
    {
        FuturesExchange exchange = FuturesOf(symbol);
        FuturesPosition position = exchange.GetPosition(AccountOf(apiKey), symbol);
        return (position.Amount, exchange.EntryPrice(exchange.Find(symbol)!, position));
    }

    /// <summary>Sets the leverage of an account on a futures symbol (default 20).</summary>
    /// <param name="apiKey">A key known to the emulator.</param>
    /// <param name="symbol">A futures symbol.</param>
    /// <param name="leverage">1 – 125.</param>
    public void SetLeverage(string apiKey, string symbol, int leverage) => FuturesOf(symbol).SetLeverage(AccountOf(apiKey), symbol, leverage);

    /// <summary>Cancels every order on a futures symbol and stops the market maker quoting there; returns how many were cancelled.</summary>
    /// <param name="symbol">A futures symbol.</param>
    public int ClearFuturesBook(string symbol) => FuturesOf(symbol).ClearBook(symbol);

    /// <summary>Places a GTC LIMIT order for the futures market maker (no checks, no limits); returns its order id.</summary>
    /// <param name="symbol">A futures symbol.</param>
    /// <param name="isBuy">true = bid, false = ask.</param>
    /// <param name="price">Limit price.</param>
    /// <param name="quantity">Quantity (contracts on COIN-M).</param>
    public long AddFuturesLiquidity(string symbol, bool isBuy, decimal price, decimal quantity) =>
        FuturesOf(symbol).PlaceLiquidity(symbol, isBuy ? Matching.Side.Buy : Matching.Side.Sell, price, quantity);

    /// <summary>Prints a futures trade by nobody: sets the last price and fires CONTRACT_PRICE conditional orders.</summary>
    /// <param name="symbol">A futures symbol.</param>
    /// <param name="price">Trade price.</param>
    public void RecordFuturesTrade(string symbol, decimal price) => FuturesOf(symbol).RecordTrade(symbol, price);

    /// <summary>
    /// The status and progress of a USD-M algo order: <c>algoStatus</c> as the WS API writes it (CONDITIONAL: NEW,
    /// TRIGGERED, FINISHED, CANCELED, EXPIRED; TWAP / VP: NEW, WORKING, FINISHED, CANCELED, EXPIRED), what its child
    /// orders have executed (TWAP / VP; the triggered order's for CONDITIONAL), and how many child orders it has sent.
    /// </summary>
    /// <param name="algoId">The <c>algoId</c> that <c>algoOrder.place</c> returned.</param>
    /// <exception cref="ArgumentException">No such algo order.</exception>
    public (string AlgoStatus, decimal ExecutedQuantity, int ChildOrders) GetAlgoOrder(long algoId)
    {
        AlgoOrder algo = _services.UsdM.FindAlgo(algoId) ?? throw new ArgumentException($"Unknown algo order {algoId}.", nameof(algoId));
        return (Matching.Wire.Name(algo.Status), algo.Order.ExecutedQty, algo.IsWorked ? algo.ChildOrderIds.Count : (algo.Order.Triggered ? 1 : 0));
    }

    /// <summary>
    /// Conservation check of both futures markets: per margin asset, wallets + unrealized PnL at the mark +
    /// commission equal what was seeded; positions net to zero per symbol. Empty = consistent.
    /// </summary>
    public IReadOnlyList<string> CheckFuturesInvariants() => [.. _services.UsdM.CheckInvariants(), .. _services.CoinM.CheckInvariants()];

    private FuturesExchange FuturesOf(string symbol)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        if (_services.UsdM.Find(symbol) is not null)
        {
            return _services.UsdM;
        }

        return _services.CoinM.Find(symbol) is not null ? _services.CoinM : throw new ArgumentException($"Unknown futures symbol '{symbol}'.", nameof(symbol));
    }
}
