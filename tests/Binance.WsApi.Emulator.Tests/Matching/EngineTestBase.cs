using Binance.WsApi.Emulator.Accounts;
using Binance.WsApi.Emulator.Market;
using Binance.WsApi.Emulator.Matching;
using Binance.WsApi.Emulator.Protocol;
using Binance.WsApi.Emulator.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Binance.WsApi.Emulator.Tests.Matching;

/// <summary>
/// A bare engine on the default symbols with two accounts (alice, bob), no market maker and no history, and the
/// conservation invariant asserted after every test.
/// </summary>
public abstract class EngineTestBase : IDisposable
{
    internal const string Btc = "BTCUSDT";

    private protected EngineTestBase()
    {
        Time = TestClock.Create();
        Alice = NewAccount("alice", 2);
        Bob = NewAccount("bob", 3);
        Events = new RecordingEventSink();
        Exchange = new SpotExchange(SymbolCatalog.CreateDefault().Spot, Time, [Alice, Bob]) { Sink = Events };
    }

    internal FakeTimeProvider Time { get; }

    internal Account Alice { get; }

    internal Account Bob { get; }

    internal SpotExchange Exchange { get; }

    internal RecordingEventSink Events { get; }

    public void Dispose()
    {
        Assert.Empty(Exchange.CheckInvariants());
        GC.SuppressFinalize(this);
    }

    internal static Account NewAccount(string name, long uid)
    {
        var account = new Account(name, uid, 0.001m, 0.001m, 0);
        account.SetBalance("BTC", 10m);
        account.SetBalance("ETH", 100m);
        account.SetBalance("USDT", 1_000_000m);
        account.SetBalance("BNB", 1000m);
        return account;
    }

    internal static OrderRequest Limit(Side side, decimal price, decimal qty, Tif tif = Tif.Gtc, string symbol = Btc, StpMode? stp = null, string? clientId = null) =>
        new() { Symbol = symbol, Side = side, Kind = OrderKind.Limit, TimeInForce = tif, Price = price, Quantity = qty, Stp = stp, NewClientOrderId = clientId };

    internal static OrderRequest Market(Side side, decimal? qty = null, decimal? quote = null, string symbol = Btc) =>
        new() { Symbol = symbol, Side = side, Kind = OrderKind.Market, Quantity = qty, QuoteOrderQty = quote };

    internal PlaceOutcome Place(Account account, OrderRequest request)
    {
        Outcome<PlaceOutcome> outcome = Exchange.Place(account, request);
        Assert.True(outcome.Ok, outcome.Error?.Message);
        return outcome.Value!;
    }

    internal ApiError Reject(Account account, OrderRequest request)
    {
        Outcome<PlaceOutcome> outcome = Exchange.Place(account, request);
        Assert.False(outcome.Ok, "expected a rejection");
        return outcome.Error!;
    }

    internal SpotOrder Status(Account account, long orderId, string symbol = Btc) => Exchange.GetOrder(account, symbol, orderId, null).Value!;

    internal static (decimal Free, decimal Locked) Balance(Account account, string asset) => account.Get(asset);

    /// <summary>Moves the last price by printing a trade (no balances move).</summary>
    internal void Print(decimal price, string symbol = Btc) => Exchange.RecordTrade(symbol, price, 0.001m);
}
