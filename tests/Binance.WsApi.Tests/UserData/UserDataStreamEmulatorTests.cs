using Binance.WsApi.Emulator;
using Binance.WsApi.Tests.Support;

namespace Binance.WsApi.Tests.UserData;

/// <summary>
/// The user data stream end to end: the real client subscribed on the emulator, whose matching engine produces the
/// events. HMAC (subscribe.signature) and Ed25519 (subscribe on the logged-on session).
/// </summary>
public class UserDataStreamEmulatorTests
{
    public static TheoryData<string> Keys => new() { "HMAC", "Ed25519" };

    private static Task<EmulatorHarness> StartAsync(string key, Action<WebSocketApiClientOptions>? configure = null) =>
        EmulatorHarness.StartAsync(key == "HMAC" ? EmulatorHarness.Hmac : EmulatorHarness.Ed25519, o =>
        {
            o.ResubscribeUserDataStreamDelay = TimeSpan.FromMilliseconds(50);
            configure?.Invoke(o);
        });

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
    [MemberData(nameof(Keys))]
    public async Task A_market_order_produces_the_documented_sequence(string key)
    {
        await using var h = await StartAsync(key);
        UserDataSubscription subscription = await h.Client.SubscribeUserDataStreamAsync(WsApiEndpoint.Spot);
        SpotOrderResult order = (await h.Client.SubmitNewSpotOrderAsync(new SpotOrderRequest("BTCUSDT", OrderSide.Buy, OrderType.Market) { Quantity = 0.002m })).Result;

        List<UserDataEvent> events = await ReadAsync(h.Client, seen => seen.OfType<OutboundAccountPositionEvent>().Any());
        ExecutionReportEvent[] reports = events.OfType<ExecutionReportEvent>().Where(r => r.OrderId == order.OrderId).ToArray();
        Assert.Equal("NEW", reports[0].ExecutionType);
        Assert.All(reports.Skip(1), r => Assert.Equal("TRADE", r.ExecutionType));
        Assert.Equal(OrderStatus.Filled, reports[^1].OrderStatus);
        Assert.Equal(order.Fills.Count, reports.Length - 1);
        Assert.Equal(order.ClientOrderId, reports[0].ClientOrderId);
        Assert.All(events, e => Assert.Equal(subscription.SubscriptionId, e.SubscriptionId));

        OutboundAccountPositionEvent position = events.OfType<OutboundAccountPositionEvent>().Last();
        AccountPositionBalance btc = position.Balances.Single(b => b.Asset == "BTC");
        Assert.Equal(h.Emulator.GetBalance(DemoAccount.HmacApiKey, "BTC").Free, btc.Free);
        Assert.True((await h.Client.GetSpotSessionStatusAsync()).Result.UserDataStream);
        Assert.Single((await h.Client.GetSpotSessionSubscriptionsAsync()).Result);
    }

    [Fact]
    public async Task A_resting_order_cancelled_reports_new_then_canceled()
    {
        await using var h = await StartAsync("HMAC");
        await h.Client.SubscribeUserDataStreamAsync(WsApiEndpoint.Spot);
        SpotOrderResult placed = (await h.Client.SubmitNewSpotOrderAsync(new SpotOrderRequest("BTCUSDT", OrderSide.Buy, OrderType.Limit) { TimeInForce = TimeInForce.Gtc, Quantity = 0.01m, Price = 50000m })).Result;
        await h.Client.CancelSpotOrderAsync(new SpotCancelOrderRequest("BTCUSDT") { OrderId = placed.OrderId });
        List<UserDataEvent> events = await ReadAsync(h.Client, seen => seen.OfType<ExecutionReportEvent>().Any(r => r.ExecutionType == "CANCELED"));
        Assert.Equal(["NEW", "CANCELED"], events.OfType<ExecutionReportEvent>().Select(r => r.ExecutionType).ToArray());
    }

    [Fact]
    public async Task Drop_then_resubscribed_after_the_delay_with_nothing_delivered_twice()
    {
        await using var h = await StartAsync("Ed25519");
        var resubscribed = new TaskCompletionSource<UserDataStreamResubscribedEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        h.Client.UserDataStreamResubscribed += (_, e) => resubscribed.TrySetResult(e);
        await h.Client.SubscribeUserDataStreamAsync(WsApiEndpoint.Spot);
        h.Emulator.Deposit(DemoAccount.HmacApiKey, "USDT", 1m);
        Assert.IsType<BalanceUpdateEvent>((await ReadAsync(h.Client, seen => seen.OfType<BalanceUpdateEvent>().Any())).OfType<BalanceUpdateEvent>().Single());

        await h.Emulator.Faults.DropConnectionsAsync();
        UserDataStreamResubscribedEventArgs notice = await resubscribed.Task.WaitAsync(EmulatorHarness.Wait);
        Assert.True(notice.EventsMayHaveBeenMissed);

        h.Emulator.Deposit(DemoAccount.HmacApiKey, "USDT", 2m);
        List<UserDataEvent> after = await ReadAsync(h.Client, seen => seen.OfType<BalanceUpdateEvent>().Any());
        BalanceUpdateEvent second = after.OfType<BalanceUpdateEvent>().Single();
        Assert.Equal(2m, second.Delta);
        Assert.Equal(notice.SubscriptionId, second.SubscriptionId);
    }

    [Fact]
    public async Task Unsubscribe_stops_delivery()
    {
        await using var h = await StartAsync("HMAC");
        await h.Client.SubscribeUserDataStreamAsync(WsApiEndpoint.Spot);
        await h.Client.UnsubscribeUserDataStreamAsync(WsApiEndpoint.Spot);
        // The terminated notice may arrive; after it, a deposit produces nothing for this client.
        h.Emulator.Deposit(DemoAccount.HmacApiKey, "USDT", 1m);
        await h.Client.TestSpotConnectivityAsync(); // any event would have been pushed before this answer
        Assert.Empty((await h.Client.GetSpotSessionSubscriptionsAsync()).Result);
        using var none = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var late = new List<UserDataEvent>();
        try
        {
            await foreach (UserDataEvent e in h.Client.ReadUserDataEventsAsync(none.Token))
            {
                late.Add(e);
            }
        }
        catch (OperationCanceledException)
        {
        }

        Assert.DoesNotContain(late, e => e is BalanceUpdateEvent);
    }

    [Fact]
    public async Task Unknown_event_types_arrive_raw_and_termination_resubscribes()
    {
        await using var h = await StartAsync("HMAC");
        var resubscribed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        h.Client.UserDataStreamResubscribed += (_, _) => resubscribed.TrySetResult();
        await h.Client.SubscribeUserDataStreamAsync(WsApiEndpoint.Spot);
        h.Emulator.PushUserDataEvent(DemoAccount.HmacApiKey, """{"e":"fancyNewEvent","E":123,"k":"v"}""");
        UnknownUserDataEvent raw = (await ReadAsync(h.Client, seen => seen.OfType<UnknownUserDataEvent>().Any())).OfType<UnknownUserDataEvent>().Single();
        Assert.Equal("fancyNewEvent", raw.EventType);
        Assert.Equal("v", raw.Raw.GetProperty("k").GetString());

        h.Emulator.Faults.TerminateUserDataStreams();
        Assert.IsType<EventStreamTerminatedEvent>((await ReadAsync(h.Client, seen => seen.OfType<EventStreamTerminatedEvent>().Any())).Last());
        await resubscribed.Task.WaitAsync(EmulatorHarness.Wait);
    }
}
