using Binance.WsApi.Emulator.Accounts;
using Binance.WsApi.Emulator.Market;
using Binance.WsApi.Emulator.Matching;
using Binance.WsApi.Emulator.Matching.Futures;
using Binance.WsApi.Emulator.Protocol;
using Binance.WsApi.Emulator.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Binance.WsApi.Emulator.Tests.Futures;

/// <summary>
/// Bare USD-M and COIN-M engines with two accounts (alice, bob) on the default wallets, prices at the maker's
/// reference but no quotes, and the conservation invariant asserted after every test.
/// </summary>
public abstract class FuturesEngineTestBase : IDisposable
{
    internal const string Btc = "BTCUSDT";
    internal const string BtcPerp = "BTCUSD_PERP";

    private protected FuturesEngineTestBase()
    {
        Time = TestClock.Create();
        SymbolCatalog catalog = SymbolCatalog.CreateDefault();
        UsdM = new FuturesExchange(MarketKind.UsdM, catalog.UsdM, Time, FuturesDefaults.UsdMWallets);
        CoinM = new FuturesExchange(MarketKind.CoinM, catalog.CoinM, Time, FuturesDefaults.CoinMWallets);
        UsdM.MarketMaker.Initialize(quote: false);
        CoinM.MarketMaker.Initialize(quote: false);
    }

    internal FakeTimeProvider Time { get; }

    internal Account Alice { get; } = new("alice", 2, 0m, 0m, 0);

    internal Account Bob { get; } = new("bob", 3, 0m, 0m, 0);

    internal FuturesExchange UsdM { get; }

    internal FuturesExchange CoinM { get; }

    public void Dispose()
    {
        Assert.Empty(UsdM.CheckInvariants());
        Assert.Empty(CoinM.CheckInvariants());
        GC.SuppressFinalize(this);
    }

    internal FuturesExchange ExchangeOf(string symbol) => UsdM.Find(symbol) is not null ? UsdM : CoinM;

    internal static FuturesOrderRequest Limit(Side side, decimal price, decimal qty, string symbol = Btc, FuturesTif tif = FuturesTif.Gtc, bool reduceOnly = false) =>
        new() { Symbol = symbol, Side = side, Type = FuturesOrderType.Limit, TimeInForce = tif, Price = price, Quantity = qty, ReduceOnly = reduceOnly };

    internal static FuturesOrderRequest MarketOrder(Side side, decimal qty, string symbol = Btc, bool reduceOnly = false) =>
        new() { Symbol = symbol, Side = side, Type = FuturesOrderType.Market, Quantity = qty, ReduceOnly = reduceOnly };

    internal FuturesOrder Place(Account account, FuturesOrderRequest request)
    {
        Outcome<FuturesPlaceOutcome> outcome = ExchangeOf(request.Symbol).Place(account, request);
        Assert.True(outcome.Ok, outcome.Error?.Message);
        return outcome.Value!.Result;
    }

    internal ApiError Reject(Account account, FuturesOrderRequest request)
    {
        Outcome<FuturesPlaceOutcome> outcome = ExchangeOf(request.Symbol).Place(account, request);
        Assert.False(outcome.Ok, "expected a rejection");
        return outcome.Error!;
    }

    /// <summary>Bob rests a GTC order at the price; alice takes it with IOC. Alice is the taker, bob the maker.</summary>
    internal void Trade(Side aliceSide, decimal qty, decimal price, string symbol = Btc)
    {
        Place(Bob, Limit(aliceSide == Side.Buy ? Side.Sell : Side.Buy, price, qty, symbol));
        FuturesOrder taker = Place(Alice, Limit(aliceSide, price, qty, symbol, FuturesTif.Ioc));
        Assert.Equal(FuturesOrderStatus.Filled, taker.Status);
    }

    internal (decimal Amount, decimal Entry) Position(Account account, string symbol = Btc)
    {
        FuturesExchange exchange = ExchangeOf(symbol);
        FuturesPosition p = exchange.GetPosition(account, symbol);
        return (p.Amount, exchange.EntryPrice(exchange.Find(symbol)!, p));
    }
}
