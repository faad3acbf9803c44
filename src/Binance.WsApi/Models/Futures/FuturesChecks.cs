namespace Binance.WsApi.Models;

/// <summary>
/// The pre-send checks of the futures requests: what cannot be right (a missing per-type parameter, a non-positive
/// amount, a callback rate outside 0.1–10, a client id the futures rule refuses) fails here with
/// <see cref="ArgumentException"/>, before a round trip and an order-count increment are spent on a certain rejection.
/// Order types this library does not know are left to the server.
/// </summary>
internal static class FuturesChecks
{
    public const decimal MinCallbackRate = 0.1m;
    public const decimal MaxCallbackRate = 10m;

    /// <summary>The futures client id rule <c>^[\.A-Z\:/a-z0-9_-]{1,36}$</c> (Binance answers -4015 otherwise).</summary>
    public static void ClientId(string? id, string name)
    {
        if (id is null)
        {
            return;
        }

        if (id.Length is 0 or > 36)
        {
            throw new ArgumentException($"{name} must be 1 to 36 characters.", name);
        }

        foreach (char c in id)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or ':' or '/' or '_' or '-'))
            {
                throw new ArgumentException($"{name} may contain only letters, digits and . : / _ - (futures rule).", name);
            }
        }
    }

    public static void CallbackRate(decimal? rate, string name = "CallbackRate")
    {
        if (rate is { } r && (r < MinCallbackRate || r > MaxCallbackRate))
        {
            throw new ArgumentOutOfRangeException(name, r, "CallbackRate is a percentage between 0.1 and 10 (1 = 1%).");
        }
    }

    /// <summary>Futures answer ACK or RESULT only; FULL is a spot value (-1136 on futures).</summary>
    public static void ResponseType(OrderResponseType? type)
    {
        if (type == OrderResponseType.Full)
        {
            throw new ArgumentException("Futures orders answer ACK or RESULT; FULL is spot only.", "NewOrderRespType");
        }
    }

    /// <summary>An explicit price and a book-matched price cannot be combined (<c>NONE</c> means no matching).</summary>
    public static bool Matched(PriceMatch? priceMatch) => priceMatch is { } m && m != Models.PriceMatch.None;

    public static void PriceOrMatch(decimal? price, PriceMatch? priceMatch)
    {
        if (price is not null && Matched(priceMatch))
        {
            throw new ArgumentException("Price and PriceMatch cannot be sent together.", "PriceMatch");
        }
    }

    /// <summary>GTD needs its cancel time; the cancel time is a positive millisecond timestamp.</summary>
    public static void GoodTillDate(TimeInForce? timeInForce, long? goodTillDate)
    {
        if (goodTillDate is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(GoodTillDate), goodTillDate, "GoodTillDate is a positive time in milliseconds.");
        }

        if (timeInForce == TimeInForce.Gtd && goodTillDate is null)
        {
            throw new ArgumentException("TimeInForce GTD requires GoodTillDate.", nameof(GoodTillDate));
        }
    }

    /// <summary>Close-all replaces the quantity and excludes reduce-only, and only a *_MARKET stop order closes all.</summary>
    public static void ClosePosition(bool? closePosition, decimal? quantity, bool? reduceOnly, FuturesOrderType type)
    {
        if (closePosition != true)
        {
            return;
        }

        if (quantity is not null)
        {
            throw new ArgumentException("Quantity cannot be sent with ClosePosition = true (the whole position is closed).", "Quantity");
        }

        if (reduceOnly is not null)
        {
            throw new ArgumentException("ReduceOnly cannot be sent with ClosePosition = true.", "ReduceOnly");
        }

        if (IsKnown(type) && type != FuturesOrderType.StopMarket && type != FuturesOrderType.TakeProfitMarket)
        {
            throw new ArgumentException($"ClosePosition is only valid for STOP_MARKET and TAKE_PROFIT_MARKET, not {type}.", "ClosePosition");
        }
    }

    /// <summary>
    /// The mandatory parameters of each futures order type (docs/protocol.md §6.2): LIMIT → timeInForce, quantity, price or
    /// priceMatch; MARKET → quantity; STOP/TAKE_PROFIT → quantity, trigger, price or priceMatch;
    /// STOP_MARKET/TAKE_PROFIT_MARKET → trigger; TRAILING_STOP_MARKET → callbackRate. <paramref name="triggerName"/> is
    /// <c>StopPrice</c> on <c>order.place</c> and <c>TriggerPrice</c> on <c>algoOrder.place</c>.
    /// </summary>
    public static void PerType(FuturesOrderType type, TimeInForce? timeInForce, decimal? quantity, decimal? price, PriceMatch? priceMatch,
        decimal? trigger, decimal? callbackRate, string triggerName)
    {
        bool priced = price is not null || Matched(priceMatch);
        if (type == FuturesOrderType.Limit)
        {
            Require(timeInForce is not null, type, "TimeInForce");
            Require(quantity is not null, type, "Quantity");
            Require(priced, type, "Price (or PriceMatch)", "Price");
        }
        else if (type == FuturesOrderType.Market)
        {
            Require(quantity is not null, type, "Quantity");
        }
        else if (type == FuturesOrderType.Stop || type == FuturesOrderType.TakeProfit)
        {
            Require(quantity is not null, type, "Quantity");
            Require(trigger is not null, type, triggerName);
            Require(priced, type, "Price (or PriceMatch)", "Price");
        }
        else if (type == FuturesOrderType.StopMarket || type == FuturesOrderType.TakeProfitMarket)
        {
            Require(trigger is not null, type, triggerName);
        }
        else if (type == FuturesOrderType.TrailingStopMarket)
        {
            Require(callbackRate is not null, type, "CallbackRate");
        }
    }

    public static bool IsKnown(FuturesOrderType type) =>
        type == FuturesOrderType.Limit || type == FuturesOrderType.Market || IsConditional(type);

    /// <summary>The types <c>algoOrder.place</c> takes for <c>CONDITIONAL</c> (and that USD-M moved off <c>order.place</c>).</summary>
    public static bool IsConditional(FuturesOrderType type) =>
        type == FuturesOrderType.Stop || type == FuturesOrderType.StopMarket || type == FuturesOrderType.TakeProfit
        || type == FuturesOrderType.TakeProfitMarket || type == FuturesOrderType.TrailingStopMarket;

    /// <summary>
    /// Futures take <c>recvWindow</c> as whole milliseconds (LONG); Binance states no maximum for futures, so only the
    /// unit and the sign are checked here.
    /// </summary>
    public static long? RecvWindowMs(TimeSpan? window)
    {
        if (window is not { } w)
        {
            return null;
        }

        if (w <= TimeSpan.Zero || w.Ticks % TimeSpan.TicksPerMillisecond != 0)
        {
            throw new ArgumentOutOfRangeException("RecvWindow", w, "A futures recvWindow is a positive whole number of milliseconds.");
        }

        return (long)w.TotalMilliseconds;
    }

    /// <summary>Futures flags documented as STRING (<c>reduceOnly</c>, <c>closePosition</c>, <c>priceProtect</c>) go out as "true"/"false".</summary>
    public static string? Flag(bool? value) => value switch
    {
        true => "true",
        false => "false",
        null => null,
    };

    public static void ValidMarket(FuturesMarket market, string name = "market")
    {
        if (market is not (FuturesMarket.UsdM or FuturesMarket.CoinM))
        {
            throw new ArgumentOutOfRangeException(name, market, "Unknown futures market.");
        }
    }

    private static void Require(bool present, FuturesOrderType type, string what, string? name = null)
    {
        if (!present)
        {
            throw new ArgumentException($"A {type} order requires {what}.", name ?? what);
        }
    }
}
