using Binance.WsApi.Models;

namespace Binance.WsApi.AccountState;

/// <summary>Futures order transitions: from <c>ORDER_TRADE_UPDATE</c>, and rebuilt from <c>order.status</c> after a gap.</summary>
internal static class FuturesTransitions
{
    public static OrderTransition FromUpdate(FuturesOrderTradeUpdateEvent e)
    {
        FuturesOrderUpdate o = e.Order;
        return new OrderTransition
        {
            Source = TransitionSource.Stream,
            Symbol = o.Symbol,
            OrderId = o.OrderId,
            ClientOrderId = o.ClientOrderId,
            Side = new OrderSide(o.Side),
            OrderType = new OrderType(o.OrderType),
            Price = o.OriginalPrice,
            Quantity = o.OriginalQuantity,
            ExecutionType = o.ExecutionType,
            Status = new OrderStatus(o.OrderStatus),
            CumulativeFilledQuantity = o.CumulativeFilledQuantity,
            CumulativeQuoteQuantity = o.AveragePrice * o.CumulativeFilledQuantity,
            LastFilledQuantity = o.LastFilledQuantity,
            LastFilledPrice = o.LastFilledPrice,
            Commission = o.Commission,
            CommissionAsset = o.CommissionAsset,
            TradeId = o.ExecutionType == "TRADE" ? o.TradeId : -1,
            Time = o.TradeTime != 0 ? o.TradeTime : e.TransactionTime,
            FuturesUpdate = e,
        };
    }

    /// <summary>
    /// What the stream missed of one order, from its state now: its NEW if never seen, one TRADE for all the quantity
    /// filled since the last fill seen (the WS API has no trade list, so fills missed together come as one, priced at
    /// their average and with no trade id or commission), and its end if it ended.
    /// </summary>
    public static List<OrderTransition> Missed(FuturesAccountBook.OrderEntry? known, FuturesOrder order)
    {
        var missed = new List<OrderTransition>();
        OrderTransition Make(string executionType, OrderStatus status, decimal cumulative, decimal cumulativeQuote, long time) => new()
        {
            Source = TransitionSource.Reconciled,
            Symbol = order.Symbol,
            OrderId = order.OrderId,
            ClientOrderId = order.ClientOrderId,
            Side = order.Side,
            OrderType = new OrderType(order.Type.Value),
            Price = order.Price,
            Quantity = order.OrigQty,
            ExecutionType = executionType,
            Status = status,
            CumulativeFilledQuantity = cumulative,
            CumulativeQuoteQuantity = cumulativeQuote,
            Time = time,
        };

        decimal filled = known?.Filled ?? 0m;
        decimal filledQuote = known?.FilledQuote ?? 0m;
        if (known is not { SeenNew: true })
        {
            missed.Add(Make("NEW", OrderStatus.New, 0m, 0m, order.Time ?? order.UpdateTime));
        }

        bool ended = !FuturesAccountBook.OrderEntry.IsOpen(order.Status);
        if (order.ExecutedQty > filled)
        {
            decimal quote = order.CumQuote ?? order.AvgPrice * order.ExecutedQty;
            decimal delta = order.ExecutedQty - filled;
            OrderStatus status = order.ExecutedQty == order.OrigQty ? OrderStatus.Filled : OrderStatus.PartiallyFilled;
            missed.Add(Make("TRADE", status, order.ExecutedQty, quote, order.UpdateTime) with
            {
                LastFilledQuantity = delta,
                LastFilledPrice = quote > filledQuote ? decimal.Round((quote - filledQuote) / delta, 8) : order.AvgPrice,
            });
        }

        if (ended && order.Status != OrderStatus.Filled)
        {
            string executionType = order.Status == OrderStatus.Canceled ? "CANCELED" : "EXPIRED";
            missed.Add(Make(executionType, order.Status, order.ExecutedQty, order.CumQuote ?? order.AvgPrice * order.ExecutedQty, order.UpdateTime));
        }

        return missed;
    }
}
