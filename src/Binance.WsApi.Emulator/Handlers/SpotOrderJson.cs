using System.Text.Json;
using Binance.WsApi.Emulator.Matching;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Handlers;

/// <summary>
/// The order shapes of the spot WS API (fixtures spot-order.*): placement reports per newOrderRespType, cancel
/// reports, query reports and order-list reports. Conditional fields (docs/protocol.md §5.4) appear only when relevant.
/// </summary>
internal static class SpotOrderJson
{
    public static void WritePlacement(Utf8JsonWriter w, SpotOrder o, ResponseType type, IReadOnlyList<Fill> fills, long transactTime)
    {
        w.WriteStartObject();
        WritePlacementMembers(w, o, type, fills, transactTime);
        w.WriteEndObject();
    }

    public static void WritePlacementMembers(Utf8JsonWriter w, SpotOrder o, ResponseType type, IReadOnlyList<Fill> fills, long transactTime)
    {
        w.WriteString("symbol", o.Symbol);
        w.WriteNumber("orderId", o.OrderId);
        w.WriteNumber("orderListId", o.OrderListId);
        w.WriteString("clientOrderId", o.ClientOrderId);
        w.WriteNumber("transactTime", transactTime);
        if (type == ResponseType.Ack)
        {
            return;
        }

        w.WriteString("price", DecimalText.F8(o.Price));
        if (!(o.QuantityFromProceeds && o.Status == OrderStatus.PendingNew))
        {
            w.WriteString("origQty", DecimalText.F8(o.OrigQty)); // OPO pending legs have no quantity yet (docs' example)
        }

        w.WriteString("executedQty", DecimalText.F8(o.ExecutedQty));
        w.WriteString("origQuoteOrderQty", DecimalText.F8(o.OrigQuoteOrderQty));
        w.WriteString("cummulativeQuoteQty", DecimalText.F8(o.CumQuote));
        WriteStatusTypeSide(w, o);
        WriteStopAndIceberg(w, o, always: false);
        w.WriteNumber("workingTime", o.WorkingTime);
        if (type == ResponseType.Full)
        {
            w.WriteStartArray("fills");
            foreach (Fill fill in fills)
            {
                w.WriteStartObject();
                if (fill.AllocId is not null)
                {
                    w.WriteString("matchType", "ONE_PARTY_TRADE_REPORT");
                }

                w.WriteString("price", DecimalText.F8(fill.Price));
                w.WriteString("qty", DecimalText.F8(fill.Qty));
                w.WriteString("commission", DecimalText.F8(fill.Commission));
                w.WriteString("commissionAsset", fill.CommissionAsset);
                w.WriteNumber("tradeId", fill.TradeId);
                if (fill.AllocId is { } alloc)
                {
                    w.WriteNumber("allocId", alloc);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        WriteConditional(w, o, expiry: true);
        w.WriteString("selfTradePreventionMode", Wire.Name(o.Stp));
    }

    public static void WriteCancel(Utf8JsonWriter w, SpotOrder o, string? origClientOrderId, long transactTime)
    {
        w.WriteStartObject();
        w.WriteString("symbol", o.Symbol);
        w.WriteString("origClientOrderId", origClientOrderId);
        w.WriteNumber("orderId", o.OrderId);
        w.WriteNumber("orderListId", o.OrderListId);
        w.WriteString("clientOrderId", o.ClientOrderId);
        w.WriteNumber("transactTime", transactTime);
        w.WriteString("price", DecimalText.F8(o.Price));
        w.WriteString("origQty", DecimalText.F8(o.OrigQty));
        w.WriteString("executedQty", DecimalText.F8(o.ExecutedQty));
        w.WriteString("origQuoteOrderQty", DecimalText.F8(o.OrigQuoteOrderQty));
        w.WriteString("cummulativeQuoteQty", DecimalText.F8(o.CumQuote));
        WriteStatusTypeSide(w, o);
        WriteStopAndIceberg(w, o, always: false);
        WriteConditional(w, o, expiry: false);
        w.WriteString("selfTradePreventionMode", Wire.Name(o.Stp));
        w.WriteEndObject();
    }

    public static void WriteQuery(Utf8JsonWriter w, SpotOrder o)
    {
        w.WriteStartObject();
        w.WriteString("symbol", o.Symbol);
        w.WriteNumber("orderId", o.OrderId);
        w.WriteNumber("orderListId", o.OrderListId);
        w.WriteString("clientOrderId", o.ClientOrderId);
        w.WriteString("price", DecimalText.F8(o.Price));
        w.WriteString("origQty", DecimalText.F8(o.OrigQty));
        w.WriteString("executedQty", DecimalText.F8(o.ExecutedQty));
        w.WriteString("cummulativeQuoteQty", DecimalText.F8(o.CumQuote));
        WriteStatusTypeSide(w, o);
        WriteStopAndIceberg(w, o, always: true);
        w.WriteNumber("time", o.Time);
        w.WriteNumber("updateTime", o.UpdateTime);
        w.WriteBoolean("isWorking", o.IsWorking);
        w.WriteNumber("workingTime", o.WorkingTime);
        w.WriteString("origQuoteOrderQty", DecimalText.F8(o.OrigQuoteOrderQty));
        WriteConditional(w, o, expiry: true);
        w.WriteString("selfTradePreventionMode", Wire.Name(o.Stp));
        w.WriteEndObject();
    }

    /// <summary>A list report: status fields, orders, and orderReports in the given shape.</summary>
    public static void WriteList(Utf8JsonWriter w, ListOutcome list, ResponseType? reports, bool cancelReports = false)
    {
        w.WriteStartObject();
        WriteListHead(w, list.List, list.TransactionTime);
        w.WriteStartArray("orders");
        foreach (SpotOrder o in list.Orders)
        {
            w.WriteStartObject();
            w.WriteString("symbol", o.Symbol);
            w.WriteNumber("orderId", o.OrderId);
            w.WriteString("clientOrderId", cancelReports && list.OrigClientOrderIds is { } ids ? ids[list.Orders.ToList().IndexOf(o)] : o.ClientOrderId);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (cancelReports)
        {
            w.WriteStartArray("orderReports");
            for (int i = 0; i < list.Orders.Count; i++)
            {
                WriteCancel(w, list.Orders[i], list.OrigClientOrderIds?[i], list.TransactionTime);
            }

            w.WriteEndArray();
        }
        else if (reports is { } type)
        {
            w.WriteStartArray("orderReports");
            for (int i = 0; i < list.Orders.Count; i++)
            {
                WritePlacement(w, list.Orders[i], type, list.Fills[i], list.TransactionTime);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    public static void WriteListHead(Utf8JsonWriter w, OrderList list, long transactionTime, bool statusType = true)
    {
        w.WriteNumber("orderListId", list.OrderListId);
        w.WriteString("contingencyType", Wire.Name(list.ContingencyType));
        if (statusType)
        {
            w.WriteString("listStatusType", Wire.Name(list.ListStatusType));
        }

        w.WriteString("listOrderStatus", Wire.Name(list.ListOrderStatus));
        w.WriteString("listClientOrderId", list.ListClientOrderId);
        if (statusType)
        {
            w.WriteNumber("transactionTime", transactionTime);
        }

        w.WriteString("symbol", list.Symbol);
    }

    public static void WriteError(Utf8JsonWriter w, ApiError error)
    {
        w.WriteStartObject();
        w.WriteNumber("code", error.Code);
        w.WriteString("msg", error.Message);
        w.WriteEndObject();
    }

    private static void WriteStatusTypeSide(Utf8JsonWriter w, SpotOrder o)
    {
        w.WriteString("status", Wire.Name(o.Status));
        w.WriteString("timeInForce", Wire.Name(o.TimeInForce));
        w.WriteString("type", Wire.Name(o.Kind));
        w.WriteString("side", Wire.Name(o.Side));
    }

    private static void WriteStopAndIceberg(Utf8JsonWriter w, SpotOrder o, bool always)
    {
        if (always || o.IsStopType && o.StopPrice > 0)
        {
            w.WriteString("stopPrice", DecimalText.F8(o.StopPrice));
        }

        if (always || o.IcebergQty > 0)
        {
            w.WriteString("icebergQty", DecimalText.F8(o.IcebergQty));
        }
    }

    private static void WriteConditional(Utf8JsonWriter w, SpotOrder o, bool expiry)
    {
        if (o.TrailingDelta is { } delta)
        {
            w.WriteNumber("trailingDelta", delta);
            w.WriteNumber("trailingTime", o.TrailingTime);
        }

        if (o.StrategyId is { } strategyId)
        {
            w.WriteNumber("strategyId", strategyId);
        }

        if (o.StrategyType is { } strategyType)
        {
            w.WriteNumber("strategyType", strategyType);
        }

        if (o.PreventedMatchId is { } prevented)
        {
            w.WriteNumber("preventedMatchId", prevented);
            w.WriteString("preventedQuantity", DecimalText.F8(o.PreventedQuantity));
        }

        if (o.WorkingFloor is { } floor)
        {
            w.WriteString("workingFloor", floor);
            w.WriteBoolean("usedSor", o.UsedSor);
        }

        if (expiry && o.Status is OrderStatus.Expired or OrderStatus.ExpiredInMatch && o.ExpiryReason != ExpiryReason.None)
        {
            w.WriteString("expiryReason", Wire.Name(o.ExpiryReason));
        }
    }
}
