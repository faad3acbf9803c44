using Binance.WsApi.AccountState;

namespace Binance.WsApi.Tests.AccountState;

/// <summary>
/// The futures book's exactly-once rule on its own: a repair's synthesized transitions and the stream's late copies of
/// what they rebuilt count once, whichever comes first.
/// </summary>
public class FuturesAccountBookTests
{
    private static FuturesOrder Order(decimal executed, string status) => new()
    {
        Symbol = "BTCUSDT", OrderId = 7, ClientOrderId = "c7", Side = OrderSide.Buy, Type = FuturesOrderType.Limit, Price = 50000m,
        OrigQty = 0.010m, ExecutedQty = executed, AvgPrice = 50000m, CumQuote = 50000m * executed, Status = new OrderStatus(status),
        Time = 1, UpdateTime = 2,
    };

    private static FuturesOrderTradeUpdateEvent Update(string executionType, string status, decimal last, decimal cumulative, long tradeId) => new()
    {
        TransactionTime = 3,
        Order = new FuturesOrderUpdate
        {
            Symbol = "BTCUSDT", OrderId = 7, ClientOrderId = "c7", Side = "BUY", OrderType = "LIMIT", OriginalPrice = 50000m, OriginalQuantity = 0.010m,
            ExecutionType = executionType, OrderStatus = status, LastFilledQuantity = last, CumulativeFilledQuantity = cumulative, LastFilledPrice = 50000m,
            AveragePrice = 50000m, TradeId = tradeId, TradeTime = 3,
        },
    };

    [Fact]
    public void Stream_copies_of_what_a_repair_rebuilt_are_dropped()
    {
        var book = new FuturesAccountBook(100);
        Assert.True(book.TryRecord(FuturesTransitions.FromUpdate(Update("NEW", "NEW", 0m, 0m, 0))));

        // The repair sees the order filled: one synthesized trade for the whole missed quantity.
        List<OrderTransition> missed = FuturesTransitions.Missed(book.Order("BTCUSDT", 7), Order(0.010m, "FILLED"));
        OrderTransition trade = Assert.Single(missed);
        Assert.True(trade.IsSynthesized);
        Assert.Equal(("TRADE", 0.010m, 0.010m, 50000m), (trade.ExecutionType, trade.LastFilledQuantity, trade.CumulativeFilledQuantity, trade.LastFilledPrice));
        Assert.True(book.TryRecord(trade));

        // The stream's own copies of those fills arrive later (held during the gap): none counts again.
        Assert.False(book.TryRecord(FuturesTransitions.FromUpdate(Update("TRADE", "PARTIALLY_FILLED", 0.004m, 0.004m, 1))));
        Assert.False(book.TryRecord(FuturesTransitions.FromUpdate(Update("TRADE", "FILLED", 0.006m, 0.010m, 2))));
        Assert.False(book.TryRecord(FuturesTransitions.FromUpdate(Update("NEW", "NEW", 0m, 0m, 0))));
        Assert.Empty(book.OpenOrders);
    }

    [Fact]
    public void A_repair_after_the_stream_delivered_everything_rebuilds_nothing()
    {
        var book = new FuturesAccountBook(100);
        Assert.True(book.TryRecord(FuturesTransitions.FromUpdate(Update("NEW", "NEW", 0m, 0m, 0))));
        Assert.True(book.TryRecord(FuturesTransitions.FromUpdate(Update("TRADE", "PARTIALLY_FILLED", 0.004m, 0.004m, 1))));

        Assert.Empty(FuturesTransitions.Missed(book.Order("BTCUSDT", 7), Order(0.004m, "PARTIALLY_FILLED")));

        // Cancelled after a further fill inside the gap: the fill (still partial), then the end.
        List<OrderTransition> missed = FuturesTransitions.Missed(book.Order("BTCUSDT", 7), Order(0.007m, "CANCELED"));
        Assert.Equal([("TRADE", 0.003m, "PARTIALLY_FILLED"), ("CANCELED", 0m, "CANCELED")],
            missed.Select(t => (t.ExecutionType, t.LastFilledQuantity, t.Status.Value)));
        Assert.All(missed, t => Assert.True(book.TryRecord(t)));
        Assert.False(book.TryRecord(FuturesTransitions.FromUpdate(Update("CANCELED", "CANCELED", 0m, 0.007m, 0))));
    }

    [Fact]
    public void Sent_orders_are_bounded_and_forgotten_once_reported()
    {
        var book = new FuturesAccountBook(3);
        for (int i = 0; i < 10; i++)
        {
            book.AddSubmitted("BTCUSDT", $"c{i}");
        }

        Assert.Equal(["c7", "c8", "c9"], book.Submitted.Select(s => s.ClientOrderId).Order());
        book.AddSubmitted("BTCUSDT", "c7");
        Assert.True(book.TryRecord(FuturesTransitions.FromUpdate(Update("NEW", "NEW", 0m, 0m, 0))));
        Assert.DoesNotContain(book.Submitted, s => s.ClientOrderId == "c7");
    }

    [Fact]
    public void A_very_late_copy_of_a_forgotten_order_is_still_dropped_and_an_older_unseen_order_is_not()
    {
        var book = new FuturesAccountBook(1);
        OrderTransition Of(long orderId, string executionType, string status, long time) =>
            FuturesTransitions.FromUpdate(Update(executionType, status, 0m, 0m, 0)) with { OrderId = orderId, ClientOrderId = $"c{orderId}", Time = time };

        // Orders 7 and 8 close in turn; with room for one closed order, 7 is forgotten.
        Assert.True(book.TryRecord(Of(7, "NEW", "NEW", 10)));
        Assert.True(book.TryRecord(Of(7, "CANCELED", "CANCELED", 11)));
        Assert.True(book.TryRecord(Of(8, "NEW", "NEW", 12)));
        Assert.True(book.TryRecord(Of(8, "CANCELED", "CANCELED", 13)));
        Assert.Null(book.Order("BTCUSDT", 7));

        // A very late stream copy of 7's events is not taken for a new order.
        Assert.False(book.TryRecord(Of(7, "NEW", "NEW", 10)));
        Assert.False(book.TryRecord(Of(7, "CANCELED", "CANCELED", 11)));
        Assert.Null(book.Order("BTCUSDT", 7));

        // An order placed before them (a lower id) that the tracker never saw is accepted with its first, newer event.
        Assert.True(book.TryRecord(Of(5, "CANCELED", "CANCELED", 20)));
        // And another symbol has floors of its own.
        Assert.True(book.TryRecord(Of(7, "NEW", "NEW", 10) with { Symbol = "ETHUSDT" }));
    }
}
