using System.Text.Json;
using Binance.WsApi.Emulator.Matching;
using Binance.WsApi.Emulator.Matching.Futures;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Handlers;

/// <summary>
/// Futures order and algo order objects as the fixtures show them. USD-M pads prices and quantities to the
/// symbol's precision ("43187.00", "0.100") and prints <c>cumQuote</c>; COIN-M prints plain numbers, adds
/// <c>pair</c> and prints <c>cumBase</c>.
/// </summary>
internal static class FuturesOrderJson
{
    public static void WriteOrder(Utf8JsonWriter w, FuturesSymbolState s, FuturesOrder o, bool withTime = false)
    {
        bool coinM = s.Inverse;
        int pp = s.Symbol.PricePrecision;
        int qp = s.Symbol.QuantityPrecision;
        Func<decimal, string> price = coinM ? DecimalText.Plain : v => DecimalText.Fixed(v, pp);
        Func<decimal, string> qty = coinM ? DecimalText.Plain : v => DecimalText.Fixed(v, qp);
        w.WriteStartObject();
        w.WriteNumber("orderId", o.OrderId);
        w.WriteString("symbol", o.Symbol);
        if (coinM)
        {
            w.WriteString("pair", s.Symbol.Pair);
        }

        w.WriteString("status", Wire.Name(o.Status));
        w.WriteString("clientOrderId", o.ClientOrderId);
        w.WriteString("price", price(o.Price));
        w.WriteString("avgPrice", AveragePrice(s, o));
        w.WriteString("origQty", qty(o.OrigQty));
        w.WriteString("executedQty", qty(o.ExecutedQty));
        w.WriteString("cumQty", qty(o.ExecutedQty));
        if (coinM)
        {
            w.WriteString("cumBase", DecimalText.Plain(Math.Round(o.CumValue, 8)));
        }
        else
        {
            w.WriteString("cumQuote", DecimalText.Fixed(o.CumValue, 5));
        }

        w.WriteString("timeInForce", Wire.Name(o.TimeInForce));
        w.WriteString("type", Wire.Name(o.Type));
        w.WriteBoolean("reduceOnly", o.ReduceOnly);
        w.WriteBoolean("closePosition", o.ClosePosition);
        w.WriteString("side", Wire.Name(o.Side));
        w.WriteString("positionSide", "BOTH");
        w.WriteString("stopPrice", price(Math.Round(o.StopPrice, pp)));
        w.WriteString("workingType", Wire.Name(o.WorkingType));
        w.WriteBoolean("priceProtect", o.PriceProtect);
        w.WriteString("origType", Wire.Name(o.Type));
        w.WriteString("priceMatch", "NONE");
        w.WriteString("selfTradePreventionMode", Wire.Name(o.Stp));
        if (!coinM)
        {
            w.WriteNumber("goodTillDate", o.GoodTillDate);
        }

        if (o.Type == FuturesOrderType.TrailingStopMarket)
        {
            w.WriteString("activatePrice", price(o.ActivationPrice ?? 0m));
            w.WriteString("priceRate", DecimalText.Plain(o.CallbackRate ?? 0m));
        }

        if (withTime)
        {
            w.WriteNumber("time", o.Time);
        }

        w.WriteNumber("updateTime", o.UpdateTime);
        w.WriteEndObject();
    }

    public static void WriteAlgo(Utf8JsonWriter w, FuturesSymbolState s, AlgoOrder a)
    {
        int pp = s.Symbol.PricePrecision;
        FuturesOrder o = a.Order;
        w.WriteStartObject();
        w.WriteNumber("algoId", a.AlgoId);
        w.WriteString("clientAlgoId", a.ClientAlgoId);
        w.WriteString("algoType", Wire.Name(a.Kind));
        w.WriteString("orderType", Wire.Name(o.Type));
        w.WriteString("symbol", o.Symbol);
        w.WriteString("side", Wire.Name(o.Side));
        w.WriteString("positionSide", a.PositionSide);
        w.WriteString("timeInForce", Wire.Name(o.TimeInForce));
        w.WriteString("quantity", DecimalText.Fixed(o.OrigQty, s.Symbol.QuantityPrecision));
        w.WriteString("algoStatus", Wire.Name(a.Status));
        if (a.IsWorked)
        {
            // Our extension's progress fields: what the child orders have executed, and the schedule as sent.
            w.WriteString("executedQty", DecimalText.Fixed(o.ExecutedQty, s.Symbol.QuantityPrecision));
            if (a.DurationSeconds is { } duration)
            {
                w.WriteNumber("duration", duration);
            }

            if (a.Urgency is { } urgency)
            {
                w.WriteString("urgency", Wire.Name(urgency));
            }
        }

        if (o.Triggered)
        {
            w.WriteString("actualOrderId", o.OrderId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        w.WriteString("triggerPrice", DecimalText.Fixed(Math.Round(o.StopPrice, pp), pp));
        w.WriteString("price", DecimalText.Fixed(o.Price, pp));
        w.WriteNull("icebergQuantity");
        w.WriteString("selfTradePreventionMode", Wire.Name(o.Stp));
        w.WriteString("workingType", Wire.Name(o.WorkingType));
        w.WriteString("priceMatch", "NONE");
        w.WriteBoolean("closePosition", o.ClosePosition);
        w.WriteBoolean("priceProtect", o.PriceProtect);
        w.WriteBoolean("reduceOnly", o.ReduceOnly);
        if (o.Type == FuturesOrderType.TrailingStopMarket)
        {
            w.WriteString("activatePrice", DecimalText.Fixed(o.ActivationPrice ?? 0m, pp));
            w.WriteString("callbackRate", DecimalText.Plain(o.CallbackRate ?? 0m));
        }

        w.WriteNumber("createTime", a.CreateTime);
        w.WriteNumber("updateTime", a.UpdateTime);
        w.WriteNumber("triggerTime", a.TriggerTime);
        w.WriteNumber("goodTillDate", o.GoodTillDate);
        w.WriteEndObject();
    }

    private static string AveragePrice(FuturesSymbolState s, FuturesOrder o)
    {
        if (o.ExecutedQty == 0m || o.CumValue == 0m)
        {
            return "0.00";
        }

        decimal average = s.Inverse ? o.ExecutedQty * s.Symbol.ContractSize / o.CumValue : o.CumValue / o.ExecutedQty;
        return DecimalText.Fixed(Math.Round(average, s.Inverse ? 8 : 5), s.Inverse ? 8 : 5);
    }
}
