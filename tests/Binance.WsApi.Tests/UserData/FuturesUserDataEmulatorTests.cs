using Binance.WsApi.Emulator;
using Binance.WsApi.Tests.Support;

namespace Binance.WsApi.Tests.UserData;

/// <summary>
/// Futures user data end to end: a listen key from the emulator's WS API, the separate stream connection, events from
/// the futures engine, and renewal when the listen key expires.
/// </summary>
public class FuturesUserDataEmulatorTests
{
    private static async Task<List<UserDataEvent>> ReadAsync(WebSocketApiClient client, Func<List<UserDataEvent>, bool> until)
    {
        var seen = new List<UserDataEvent>();
        using var timeout = new CancellationTokenSource(EmulatorHarness.Wait);
        await foreach (UserDataEvent e in client.ReadUserDataEventsAsync(timeout.Token))
        {
            seen.Add(e);
            if (until(seen))
            {
                break;
            }
        }

        return seen;
    }

    [Theory]
    [InlineData(FuturesMarket.UsdM, "BTCUSDT", "0.010")]
    [InlineData(FuturesMarket.CoinM, "BTCUSD_PERP", "2")]
    public async Task Order_events_arrive_on_the_listen_key_stream_and_survive_expiry(FuturesMarket market, string symbol, string quantityText)
    {
        decimal quantity = decimal.Parse(quantityText, System.Globalization.CultureInfo.InvariantCulture);
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        var streamBase = new Uri($"ws://127.0.0.1:{h.Emulator.Port}/{(market == FuturesMarket.UsdM ? "private/ws" : "dapi/ws")}");
        await using WebSocketApiClient client = h.CreateClient(EmulatorHarness.Hmac, o =>
        {
            o.FuturesUserDataStreamUrls[market] = streamBase;
            o.ResubscribeUserDataStreamDelay = TimeSpan.FromMilliseconds(50);
        });
        var resubscribed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        client.UserDataStreamResubscribed += (_, _) => resubscribed.TrySetResult();

        await using FuturesUserDataStream stream = await client.StartFuturesUserDataStreamAsync(market);
        Assert.False(string.IsNullOrEmpty(stream.ListenKey));

        FuturesOrder order = (await client.SubmitNewFuturesOrderAsync(market, new FuturesOrderRequest(symbol, OrderSide.Buy, FuturesOrderType.Market) { Quantity = quantity })).Result;
        List<UserDataEvent> events = await ReadAsync(client, seen => seen.OfType<FuturesAccountUpdateEvent>().Any());
        FuturesOrderTradeUpdateEvent[] updates = events.OfType<FuturesOrderTradeUpdateEvent>().Where(u => u.Order.OrderId == order.OrderId).ToArray();
        Assert.Equal("NEW", updates[0].Order.ExecutionType);
        Assert.Contains(updates, u => u.Order.ExecutionType == "TRADE");
        FuturesAccountUpdateEvent account = events.OfType<FuturesAccountUpdateEvent>().Last();
        Assert.Equal(h.Emulator.GetPosition(DemoAccount.HmacApiKey, symbol).Amount, account.Update.Positions.Single(p => p.Symbol == symbol).PositionAmount);

        // The listen key expires: the client gets a new one, reopens the stream and says events may have been missed.
        string expiredKey = stream.ListenKey;
        h.Emulator.Faults.ExpireListenKeys();
        await resubscribed.Task.WaitAsync(EmulatorHarness.Wait);
        FuturesOrder second = (await client.SubmitNewFuturesOrderAsync(market, new FuturesOrderRequest(symbol, OrderSide.Sell, FuturesOrderType.Market) { Quantity = quantity })).Result;
        List<UserDataEvent> after = await ReadAsync(client, seen => seen.OfType<FuturesOrderTradeUpdateEvent>().Any(u => u.Order.OrderId == second.OrderId));
        Assert.Contains(after, e => e is FuturesOrderTradeUpdateEvent u && u.Order.OrderId == second.OrderId);
        Assert.NotEqual(expiredKey, stream.ListenKey);
    }
}
