using System.Text.Json;
using Binance.WsApi.Emulator.Matching;
using Binance.WsApi.Emulator.Matching.Futures;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.UserData;

/// <summary>
/// Futures user data events as Binance sends them on the listen-key stream (docs/protocol.md §6.1): unwrapped JSON objects,
/// decimals as strings in invariant culture. Quantities and prices are written plain (no padding).
/// </summary>
internal static class FuturesEventWriter
{
    public static byte[] ListenKeyExpired(string listenKey, long nowMs) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("e", "listenKeyExpired");
        w.WriteNumber("E", nowMs);
        w.WriteString("listenKey", listenKey);
        w.WriteEndObject();
    });

    /// <summary>The frames for one engine event, in stream order (a fill: TRADE_LITE, then ORDER_TRADE_UPDATE).</summary>
    public static IEnumerable<byte[]> Frames(FuturesEvent futuresEvent, long nowMs)
    {
        switch (futuresEvent)
        {
            case FuturesOrderEvent order:
                if (order.Fill is not null)
                {
                    yield return TradeLite(order, nowMs);
                }

                yield return OrderTradeUpdate(order, nowMs);
                break;
            case FuturesAccountUpdateEvent account:
                yield return AccountUpdate(account, nowMs);
                break;
            case FuturesAlgoEvent algo:
                yield return AlgoUpdate(algo, nowMs);
                break;
        }
    }

    private static string D(decimal value) => DecimalText.Plain(value);

    private static byte[] OrderTradeUpdate(FuturesOrderEvent e, long nowMs) => Write(w =>
    {
        FuturesOrder o = e.Order;
        FuturesFillInfo? fill = e.Fill;
        w.WriteStartObject();
        w.WriteString("e", "ORDER_TRADE_UPDATE");
        w.WriteNumber("E", nowMs);
        w.WriteNumber("T", e.Time);
        w.WriteStartObject("o");
        w.WriteString("s", o.Symbol);
        w.WriteString("c", o.ClientOrderId);
        w.WriteString("S", Wire.Name(o.Side));
        w.WriteString("o", Wire.Name(o.Type));
        w.WriteString("f", Wire.Name(o.TimeInForce));
        w.WriteString("q", D(o.OrigQty));
        w.WriteString("p", D(o.Price));
        w.WriteString("ap", D(AveragePrice(e.Symbol, o)));
        w.WriteString("sp", D(o.StopPrice));
        w.WriteString("x", e.ExecutionType);
        w.WriteString("X", Wire.Name(o.Status));
        w.WriteNumber("i", o.OrderId);
        w.WriteString("l", D(fill?.Quantity ?? 0m));
        w.WriteString("z", D(o.ExecutedQty));
        w.WriteString("L", D(fill?.Price ?? 0m));
        if (fill is not null)
        {
            // Binance sends the commission fields only with a fill.
            w.WriteString("N", fill.CommissionAsset);
            w.WriteString("n", D(fill.Commission));
        }

        w.WriteNumber("T", e.Time);
        w.WriteNumber("t", fill?.TradeId ?? 0);
        w.WriteString("b", "0");
        w.WriteString("a", "0");
        w.WriteBoolean("m", fill?.Maker ?? false);
        w.WriteBoolean("R", o.ReduceOnly);
        w.WriteString("wt", Wire.Name(o.WorkingType));
        w.WriteString("ot", Wire.Name(o.Type));
        w.WriteString("ps", "BOTH");
        w.WriteBoolean("cp", o.ClosePosition);
        w.WriteString("rp", D(fill?.RealizedProfit ?? 0m));
        w.WriteBoolean("pP", o.PriceProtect);
        w.WriteNumber("si", 0);
        w.WriteNumber("ss", 0);
        w.WriteString("V", Wire.Name(o.Stp));
        w.WriteString("pm", "NONE");
        w.WriteNumber("gtd", o.GoodTillDate);
        w.WriteEndObject();
        w.WriteEndObject();
    });

    /// <summary>ALGO_UPDATE with the fields of the docs' example; the <c>a*</c> fields describe the actual order once the algo fired.</summary>
    private static byte[] AlgoUpdate(FuturesAlgoEvent e, long nowMs) => Write(w =>
    {
        AlgoOrder a = e.Algo;
        FuturesOrder o = a.Order;
        bool fired = o.Triggered && e.Status is not (AlgoStatus.New or AlgoStatus.Triggering);
        w.WriteStartObject();
        w.WriteString("e", "ALGO_UPDATE");
        w.WriteNumber("T", e.Time);
        w.WriteNumber("E", nowMs);
        w.WriteStartObject("o");
        w.WriteString("caid", a.ClientAlgoId);
        w.WriteNumber("aid", a.AlgoId);
        w.WriteString("at", Wire.Name(a.Kind));
        w.WriteString("o", Wire.Name(o.Type));
        w.WriteString("s", o.Symbol);
        w.WriteString("S", Wire.Name(o.Side));
        w.WriteString("ps", a.PositionSide);
        w.WriteString("f", Wire.Name(o.TimeInForce));
        w.WriteString("q", D(o.OrigQty));
        w.WriteString("X", Wire.Name(e.Status));
        w.WriteString("ai", fired ? o.OrderId.ToString(System.Globalization.CultureInfo.InvariantCulture) : "");
        w.WriteString("ap", fired ? D(AveragePrice(e.Symbol, o)) : "0");
        w.WriteString("aq", fired ? D(o.ExecutedQty) : "0");
        w.WriteString("act", fired ? ActualType(o.Type) : "0");
        w.WriteString("tp", D(o.StopPrice));
        w.WriteString("p", D(o.Price));
        w.WriteString("V", Wire.Name(o.Stp));
        w.WriteString("wt", Wire.Name(o.WorkingType));
        w.WriteString("pm", "NONE");
        w.WriteBoolean("cp", o.ClosePosition);
        w.WriteBoolean("pP", o.PriceProtect);
        w.WriteBoolean("R", o.ReduceOnly);
        w.WriteNumber("tt", a.TriggerTime);
        w.WriteNumber("gtd", o.GoodTillDate);
        w.WriteString("rm", "");
        w.WriteEndObject();
        w.WriteEndObject();
    });

    // What a fired conditional order works as in the engine.
    private static string ActualType(FuturesOrderType type) =>
        type is FuturesOrderType.Stop or FuturesOrderType.TakeProfit or FuturesOrderType.Limit ? "LIMIT" : "MARKET";

    private static byte[] TradeLite(FuturesOrderEvent e, long nowMs) => Write(w =>
    {
        FuturesOrder o = e.Order;
        FuturesFillInfo fill = e.Fill!;
        w.WriteStartObject();
        w.WriteString("e", "TRADE_LITE");
        w.WriteNumber("E", nowMs);
        w.WriteNumber("T", e.Time);
        w.WriteString("s", o.Symbol);
        w.WriteString("q", D(o.OrigQty));
        w.WriteString("p", D(o.Price));
        w.WriteBoolean("m", fill.Maker);
        w.WriteString("c", o.ClientOrderId);
        w.WriteString("S", Wire.Name(o.Side));
        w.WriteString("L", D(fill.Price));
        w.WriteString("l", D(fill.Quantity));
        w.WriteNumber("t", fill.TradeId);
        w.WriteNumber("i", o.OrderId);
        w.WriteEndObject();
    });

    private static byte[] AccountUpdate(FuturesAccountUpdateEvent e, long nowMs) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("e", "ACCOUNT_UPDATE");
        w.WriteNumber("E", nowMs);
        w.WriteNumber("T", e.Time);
        w.WriteStartObject("a");
        w.WriteString("m", "ORDER");
        w.WriteStartArray("B");
        foreach (FuturesBalanceSnapshot b in e.Balances)
        {
            w.WriteStartObject();
            w.WriteString("a", b.Asset);
            w.WriteString("wb", D(b.WalletBalance));
            w.WriteString("cw", D(b.WalletBalance)); // cross margin only: the cross wallet is the wallet
            w.WriteString("bc", D(b.BalanceChange));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("P");
        foreach (FuturesPositionSnapshot p in e.Positions)
        {
            w.WriteStartObject();
            w.WriteString("s", p.Symbol.Symbol.Symbol);
            w.WriteString("pa", D(p.Amount));
            w.WriteString("ep", D(p.EntryPrice));
            w.WriteString("bep", D(p.EntryPrice)); // as account.position: break-even shown at the entry price
            w.WriteString("cr", D(p.AccumulatedRealized));
            w.WriteString("up", D(p.Unrealized));
            w.WriteString("mt", "cross");
            w.WriteString("iw", "0");
            w.WriteString("ps", "BOTH");
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    });

    private static decimal AveragePrice(FuturesSymbolState s, FuturesOrder o) =>
        o.ExecutedQty == 0m || o.CumValue == 0m ? 0m
        : s.Inverse ? o.ExecutedQty * s.Symbol.ContractSize / o.CumValue : o.CumValue / o.ExecutedQty;

    internal static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
