using Binance.WsApi.Emulator.Accounts;
using Binance.WsApi.Emulator.Market;
using Binance.WsApi.Emulator.Matching;
using Binance.WsApi.Emulator.Matching.Futures;
using Binance.WsApi.Emulator.Protocol;
using Binance.WsApi.Emulator.Tests.Infrastructure;

namespace Binance.WsApi.Emulator.Tests.Matching;

/// <summary>
/// Random order streams (fixed seeds, thousands of orders) through the spot and the USD-M engines beside a naive
/// reference book: every fill follows price-time priority (same fills, same resting quantities as the model), the
/// book never stays crossed, and balances / wallets are conserved (the engines' invariant checks).
/// </summary>
public sealed class MatchingPropertyTests
{
    private const int Orders = 3000;
    private const string Btc = "BTCUSDT";

    [Theory]
    [InlineData(20261207)]
    [InlineData(7)]
    public void Spot_random_stream_keeps_price_time_priority_conservation_and_an_uncrossed_book(int seed)
    {
        var rng = new Random(seed);
        Account[] accounts = [Rich("alice", 2), Rich("bob", 3), Rich("carol", 4)];
        var exchange = new SpotExchange(SymbolCatalog.CreateDefault().Spot, TestClock.Create(), accounts, new Limits.UnfilledOrderCounter(1_000_000, 1_000_000));
        var model = new ReferenceBook();
        int accepted = 0;
        for (int step = 0; step < Orders; step++)
        {
            Account account = accounts[rng.Next(accounts.Length)];
            int roll = rng.Next(100);
            if (roll < 20 && model.OpenIds.Count > 0)
            {
                long id = model.OpenIds[rng.Next(model.OpenIds.Count)];
                Account owner = accounts.First(a => exchange.OpenOrders(a, Btc).Any(o => o.OrderId == id));
                Assert.True(exchange.Cancel(owner, Btc, id, null, null, null).Ok);
                Assert.True(model.Remove(id));
            }
            else
            {
                Side side = rng.Next(2) == 0 ? Side.Buy : Side.Sell;
                decimal price = rng.Next(9500, 10501) / 100m;
                decimal qty = rng.Next(1, 21) / 10m;
                (OrderRequest request, decimal? limit, bool rests, bool allOrNone) = roll switch
                {
                    < 65 => (Limit(side, price, qty, Tif.Gtc), price, true, false),
                    < 78 => (Limit(side, price, qty, Tif.Ioc), price, false, false),
                    < 86 => (Limit(side, price, qty, Tif.Fok), price, false, true),
                    _ => (new OrderRequest { Symbol = Btc, Side = side, Kind = OrderKind.Market, Quantity = qty, Stp = StpMode.None }, (decimal?)null, false, false),
                };

                Outcome<PlaceOutcome> outcome = exchange.Place(account, request);
                Assert.True(outcome.Ok, $"step {step}: {outcome.Error?.Message}");
                accepted++;
                var expected = allOrNone && model.Available(side, limit) < qty ? [] : model.Take(side, limit, qty);
                Assert.Equal(expected.Select(f => (f.Price, f.Qty)), outcome.Value!.Fills.Select(f => (f.Price, f.Qty)));
                decimal left = qty - expected.Sum(f => f.Qty);
                if (rests && left > 0m)
                {
                    model.Rest(outcome.Value.Order.OrderId, side, price, left);
                }
            }

            var open = new SortedDictionary<long, decimal>(accounts.SelectMany(a => exchange.OpenOrders(a, Btc)).ToDictionary(o => o.OrderId, o => o.Remaining));
            Assert.Equal(model.Open(), open);
            var (_, bids, asks) = exchange.Depth(Btc, 1);
            Assert.True(bids.Count == 0 || asks.Count == 0 || bids[0].Price < asks[0].Price, $"step {step}: crossed book");
            if (step % 100 == 0)
            {
                Assert.Empty(exchange.CheckInvariants());
            }
        }

        Assert.Empty(exchange.CheckInvariants());
        Assert.True(accepted > Orders / 2);
    }

    [Theory]
    [InlineData(20261207)]
    [InlineData(11)]
    public void Futures_random_stream_keeps_price_time_priority_conservation_and_an_uncrossed_book(int seed)
    {
        var rng = new Random(seed);
        Account[] accounts = [new("alice", 2, 0m, 0m, 0), new("bob", 3, 0m, 0m, 0), new("carol", 4, 0m, 0m, 0)];
        var exchange = new FuturesExchange(MarketKind.UsdM, SymbolCatalog.CreateDefault().UsdM, TestClock.Create(), FuturesDefaults.UsdMWallets);
        exchange.MarketMaker.Initialize(quote: false);
        var model = new ReferenceBook();
        int accepted = 0;
        for (int step = 0; step < Orders; step++)
        {
            Account account = accounts[rng.Next(accounts.Length)];
            int roll = rng.Next(100);
            if (roll < 20 && model.OpenIds.Count > 0)
            {
                long id = model.OpenIds[rng.Next(model.OpenIds.Count)];
                Account owner = accounts.First(a => exchange.OpenOrders(a).Any(o => o.OrderId == id));
                Assert.True(exchange.Cancel(owner, Btc, id, null).Ok);
                Assert.True(model.Remove(id));
            }
            else
            {
                Side side = rng.Next(2) == 0 ? Side.Buy : Side.Sell;
                decimal price = rng.Next(597000, 603001) / 10m;
                decimal qty = rng.Next(2, 51) / 1000m;
                FuturesOrderRequest request = roll switch
                {
                    < 60 => FLimit(side, price, qty, FuturesTif.Gtc),
                    < 70 => FLimit(side, price, qty, FuturesTif.Gtx),
                    < 80 => FLimit(side, price, qty, FuturesTif.Ioc),
                    < 86 => FLimit(side, price, qty, FuturesTif.Fok),
                    _ => new FuturesOrderRequest { Symbol = Btc, Side = side, Type = FuturesOrderType.Market, Quantity = qty },
                };
                decimal? limit = request.Type == FuturesOrderType.Market ? null : price;

                Outcome<FuturesPlaceOutcome> outcome = exchange.Place(account, request);
                bool refusedByModel = (request.TimeInForce == FuturesTif.Gtx && model.WouldCross(side, price))
                    || (request.TimeInForce == FuturesTif.Fok && request.Type == FuturesOrderType.Limit && model.Available(side, limit) < qty);
                Assert.True(outcome.Ok != refusedByModel, $"step {step}: engine {(outcome.Ok ? "accepted" : outcome.Error!.Message)}, model refused={refusedByModel}");
                if (!outcome.Ok)
                {
                    continue;
                }

                accepted++;
                var fills = model.Take(side, limit, qty);
                FuturesOrder result = outcome.Value!.Result;
                Assert.Equal(fills.Sum(f => f.Qty), result.ExecutedQty);
                decimal left = qty - result.ExecutedQty;
                if (request.Type == FuturesOrderType.Limit && request.TimeInForce is FuturesTif.Gtc or FuturesTif.Gtx && left > 0m)
                {
                    model.Rest(result.OrderId, side, price, left);
                }
            }

            var open = new SortedDictionary<long, decimal>(accounts.SelectMany(a => exchange.OpenOrders(a)).Where(o => o.Symbol == Btc).ToDictionary(o => o.OrderId, o => o.Remaining));
            Assert.Equal(model.Open(), open);
            var (bid, ask) = model.Best;
            Assert.True(bid is null || ask is null || bid < ask, $"step {step}: crossed book");
            if (step % 100 == 0)
            {
                Assert.Empty(exchange.CheckInvariants());
            }
        }

        Assert.Empty(exchange.CheckInvariants());
        Assert.True(accepted > Orders / 2);
    }

    private static Account Rich(string name, long uid)
    {
        var account = new Account(name, uid, 0.001m, 0.001m, 0);
        account.SetBalance("BTC", 1_000_000m);
        account.SetBalance("USDT", 1_000_000_000m);
        return account;
    }

    private static OrderRequest Limit(Side side, decimal price, decimal qty, Tif tif) =>
        new() { Symbol = Btc, Side = side, Kind = OrderKind.Limit, TimeInForce = tif, Price = price, Quantity = qty, Stp = StpMode.None };

    private static FuturesOrderRequest FLimit(Side side, decimal price, decimal qty, FuturesTif tif) =>
        new() { Symbol = Btc, Side = side, Type = FuturesOrderType.Limit, TimeInForce = tif, Price = price, Quantity = qty };
}
