using System.Text.Json;
using Binance.WsApi.Emulator.Matching;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.UserData;

/// <summary>
/// The event payloads of the user data stream (docs/protocol.md §5.7, fixtures spot-event-*.json): field names, types and
/// decimal text as the fixtures; conditional executionReport fields only when relevant.
/// </summary>
internal static class UserDataEventWriter
{
    /// <summary>The event object for an engine event, or null when the stream has no such event (public trades).</summary>
    public static byte[]? Write(EngineEvent engineEvent, long eventTime) => engineEvent switch
    {
        OrderUpdateEvent u => ResponseWriter.Write(w => ExecutionReport(w, u, eventTime)),
        ListStatusEvent l => ResponseWriter.Write(w => ListStatus(w, l, eventTime)),
        BalanceEvent b => ResponseWriter.Write(w => AccountPosition(w, b, eventTime)),
        BalanceDeltaEvent d => ResponseWriter.Write(w => AssetDelta(w, "balanceUpdate", d.Asset, d.Delta, d.Time, eventTime)),
        _ => null,
    };

    /// <summary><c>{"subscriptionId":n,"event":{…}}</c>.</summary>
    public static byte[] Wrap(int subscriptionId, byte[] eventJson) => ResponseWriter.Write(w =>
    {
        w.WriteStartObject();
        w.WriteNumber("subscriptionId", subscriptionId);
        w.WritePropertyName("event");
        w.WriteRawValue(eventJson, skipInputValidation: true);
        w.WriteEndObject();
    });

    public static byte[] Terminated(long eventTime) => ResponseWriter.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("e", "eventStreamTerminated");
        w.WriteNumber("E", eventTime);
        w.WriteEndObject();
    });

    /// <summary><c>balanceUpdate</c> / <c>externalLockUpdate</c>: asset, delta, clear time.</summary>
    public static byte[] AssetDelta(string type, string asset, decimal delta, long clearTime, long eventTime) =>
        ResponseWriter.Write(w => AssetDelta(w, type, asset, delta, clearTime, eventTime));

    private static void AssetDelta(Utf8JsonWriter w, string type, string asset, decimal delta, long clearTime, long eventTime)
    {
        w.WriteStartObject();
        w.WriteString("e", type);
        w.WriteNumber("E", eventTime);
        w.WriteString("a", asset);
        w.WriteString("d", DecimalText.F8(delta));
        w.WriteNumber("T", clearTime);
        w.WriteEndObject();
    }

    private static void ExecutionReport(Utf8JsonWriter w, OrderUpdateEvent u, long eventTime)
    {
        SpotOrder o = u.Order;
        bool trade = u.ExecutionType == ExecutionType.Trade;
        w.WriteStartObject();
        w.WriteString("e", "executionReport");
        w.WriteNumber("E", eventTime);
        w.WriteString("s", o.Symbol);
        w.WriteString("c", o.ClientOrderId);
        w.WriteString("S", Wire.Name(o.Side));
        w.WriteString("o", Wire.Name(o.Kind));
        w.WriteString("f", Wire.Name(o.TimeInForce));
        w.WriteString("q", DecimalText.F8(o.OrigQty));
        w.WriteString("p", DecimalText.F8(o.Price));
        w.WriteString("P", DecimalText.F8(o.StopPrice));
        w.WriteString("F", DecimalText.F8(o.IcebergQty));
        w.WriteNumber("g", o.OrderListId);
        w.WriteString("C", u.ExecutionType == ExecutionType.Canceled ? u.OrigClientOrderId ?? string.Empty : string.Empty);
        w.WriteString("x", Wire.Name(u.ExecutionType));
        w.WriteString("X", Wire.Name(o.Status));
        w.WriteString("r", u.RejectReason);
        w.WriteNumber("i", o.OrderId);
        w.WriteString("l", DecimalText.F8(trade ? u.LastQty : 0m));
        w.WriteString("z", DecimalText.F8(o.ExecutedQty));
        w.WriteString("L", DecimalText.F8(trade ? u.LastPrice : 0m));
        // As the docs' examples: "0" and null until a trade, the trade's commission on TRADE reports.
        w.WriteString("n", trade ? DecimalText.F8(u.Commission) : "0");
        if (trade && u.CommissionAsset is { } asset)
        {
            w.WriteString("N", asset);
        }
        else
        {
            w.WriteNull("N");
        }

        w.WriteNumber("T", u.Time);
        w.WriteNumber("t", trade ? u.TradeId : -1);
        if (o.TrailingDelta is { } delta)
        {
            w.WriteNumber("d", delta);
            if (o.TrailingTime != -1)
            {
                w.WriteNumber("D", o.TrailingTime);
            }
        }

        if (o.StrategyId is { } strategyId)
        {
            w.WriteNumber("j", strategyId);
        }

        if (o.StrategyType is { } strategyType)
        {
            w.WriteNumber("J", strategyType);
        }

        if (o.PreventedMatchId is { } prevented)
        {
            // Self-trade prevention touched this order (docs/protocol.md §8.5).
            w.WriteNumber("v", prevented);
            w.WriteString("A", DecimalText.F8(o.PreventedQuantity));
        }

        w.WriteNumber("I", u.ExecutionId);
        // "On the book": a new order is working from the start (the FAQ's MARKET NEW says true); afterwards only
        // while it rests in the book (the FAQ's MARKET TRADE/EXPIRED reports say false).
        w.WriteBoolean("w", u.ExecutionType == ExecutionType.New ? o.IsWorking : o.BookNode is not null);
        w.WriteBoolean("m", trade && u.IsMaker);
        w.WriteBoolean("M", trade); // "ignore" in the docs; true on trades in every example
        w.WriteNumber("O", o.Time);
        w.WriteString("Z", DecimalText.F8(o.CumQuote));
        w.WriteString("Y", DecimalText.F8(trade ? u.LastQty * u.LastPrice : 0m));
        w.WriteString("Q", DecimalText.F8(o.OrigQuoteOrderQty));
        if (o.WorkingTime != -1)
        {
            w.WriteNumber("W", o.WorkingTime);
        }

        w.WriteString("V", Wire.Name(o.Stp));
        if (o.WorkingFloor is { } floor)
        {
            w.WriteString("k", floor);
        }

        if (o.UsedSor)
        {
            w.WriteBoolean("uS", true);
        }

        if (o.Status is OrderStatus.Expired or OrderStatus.ExpiredInMatch)
        {
            w.WriteString("eR", Wire.Name(o.ExpiryReason));
        }

        w.WriteEndObject();
    }

    private static void ListStatus(Utf8JsonWriter w, ListStatusEvent l, long eventTime)
    {
        w.WriteStartObject();
        w.WriteString("e", "listStatus");
        w.WriteNumber("E", eventTime);
        w.WriteString("s", l.List.Symbol);
        w.WriteNumber("g", l.List.OrderListId);
        w.WriteString("c", Wire.Name(l.List.ContingencyType));
        w.WriteString("l", Wire.Name(l.StatusType));
        w.WriteString("L", Wire.Name(l.OrderStatus));
        w.WriteString("r", "NONE");
        w.WriteString("C", l.List.ListClientOrderId);
        w.WriteNumber("T", l.Time);
        w.WriteStartArray("O");
        foreach (SpotOrder leg in l.Orders)
        {
            w.WriteStartObject();
            w.WriteString("s", leg.Symbol);
            w.WriteNumber("i", leg.OrderId);
            w.WriteString("c", leg.ClientOrderId);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void AccountPosition(Utf8JsonWriter w, BalanceEvent b, long eventTime)
    {
        w.WriteStartObject();
        w.WriteString("e", "outboundAccountPosition");
        w.WriteNumber("E", eventTime);
        w.WriteNumber("u", b.Time);
        w.WriteStartArray("B");
        foreach (var (asset, free, locked) in b.Balances)
        {
            w.WriteStartObject();
            w.WriteString("a", asset);
            w.WriteString("f", DecimalText.F8(free));
            w.WriteString("l", DecimalText.F8(locked));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
