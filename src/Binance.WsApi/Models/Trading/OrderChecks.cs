namespace Binance.WsApi.Models;

/// <summary>
/// The order checks shared by every placing request: what cannot be right (a missing per-type parameter, a
/// non-positive amount, a strategy type below Binance's floor) fails here, before a round trip and an order-count
/// increment are spent on a certain rejection.
/// </summary>
internal static class OrderChecks
{
    public const int MinStrategyType = 1_000_000;

    public static void Enum(string? value, string name)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new ArgumentException($"{name} is required.", name);
        }
    }

    public static void Amounts(decimal? price, decimal? quantity, decimal? quoteOrderQty, decimal? stopPrice, decimal? icebergQty, int? trailingDelta,
        string prefix = "")
    {
        Validate.Positive(price, prefix + "Price");
        Validate.Positive(quantity, prefix + "Quantity");
        Validate.Positive(quoteOrderQty, prefix + "QuoteOrderQty");
        Validate.Positive(stopPrice, prefix + "StopPrice");
        Validate.Positive(icebergQty, prefix + "IcebergQty");
        if (trailingDelta is <= 0)
        {
            throw new ArgumentOutOfRangeException(prefix + "TrailingDelta", trailingDelta, "TrailingDelta is a positive number of basis points.");
        }
    }

    public static void Tags(int? strategyType, int? pegOffsetValue, string prefix = "")
    {
        if (strategyType is < MinStrategyType)
        {
            throw new ArgumentOutOfRangeException(prefix + "StrategyType", strategyType, "StrategyType must be at least 1000000 (lower values are reserved).");
        }

        if (pegOffsetValue is < 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(prefix + "PegOffsetValue", pegOffsetValue, "PegOffsetValue must be between 0 and 100.");
        }
    }

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
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                throw new ArgumentException($"{name} may contain only letters, digits, '-' and '_'.", name);
            }
        }
    }

    public static void OneOf(long? id, string? clientId, string idName, string clientIdName)
    {
        if (id is null && string.IsNullOrEmpty(clientId))
        {
            throw new ArgumentException($"Either {idName} or {clientIdName} is required.", idName);
        }
    }

    /// <summary>The mandatory parameters of each order type (docs/protocol.md §8.1). Types this library does not know are left to the server.</summary>
    public static void PerType(OrderType type, TimeInForce? timeInForce, decimal? price, decimal? quantity, decimal? quoteOrderQty,
        decimal? stopPrice, int? trailingDelta, PegPriceType? peg, bool allowQuoteOrderQty, string prefix = "", bool quantityImplied = false)
    {
        if (quantity is not null && quoteOrderQty is not null)
        {
            throw new ArgumentException($"{prefix}Quantity and {prefix}QuoteOrderQty cannot be sent together.", prefix + "QuoteOrderQty");
        }

        if (quoteOrderQty is not null && (!allowQuoteOrderQty || type != OrderType.Market))
        {
            throw new ArgumentException($"{prefix}QuoteOrderQty is only valid for a MARKET order.", prefix + "QuoteOrderQty");
        }

        bool limitKind = type == OrderType.Limit || type == OrderType.StopLossLimit || type == OrderType.TakeProfitLimit;
        bool stopKind = type == OrderType.StopLoss || type == OrderType.StopLossLimit || type == OrderType.TakeProfit || type == OrderType.TakeProfitLimit;
        bool known = limitKind || stopKind || type == OrderType.LimitMaker || type == OrderType.Market;
        if (!known)
        {
            return;
        }

        if (limitKind && timeInForce is null)
        {
            throw new ArgumentException($"A {type} order requires {prefix}TimeInForce.", prefix + "TimeInForce");
        }

        // A pegged LIMIT / LIMIT_MAKER takes its price from the book.
        bool pegged = peg is not null && (type == OrderType.Limit || type == OrderType.LimitMaker);
        if ((limitKind || type == OrderType.LimitMaker) && price is null && !pegged)
        {
            throw new ArgumentException($"A {type} order requires {prefix}Price.", prefix + "Price");
        }

        if (stopKind && stopPrice is null && trailingDelta is null)
        {
            throw new ArgumentException($"A {type} order requires {prefix}StopPrice or {prefix}TrailingDelta.", prefix + "StopPrice");
        }

        if (quantityImplied)
        {
            return;
        }

        if (type == OrderType.Market)
        {
            if (quantity is null && quoteOrderQty is null)
            {
                throw new ArgumentException(allowQuoteOrderQty
                    ? $"A MARKET order requires {prefix}Quantity or {prefix}QuoteOrderQty."
                    : $"A MARKET order requires {prefix}Quantity.", prefix + "Quantity");
            }
        }
        else if (quantity is null)
        {
            throw new ArgumentException($"A {type} order requires {prefix}Quantity.", prefix + "Quantity");
        }
    }

    public static void TimeRange(long? startTime, long? endTime, int? limit, int maxLimit = 1000)
    {
        if (startTime is < 0)
        {
            throw new ArgumentOutOfRangeException("StartTime", startTime, "StartTime cannot be negative.");
        }

        if (startTime is { } s && endTime is { } e)
        {
            if (e < s)
            {
                throw new ArgumentException("EndTime is before StartTime.", "EndTime");
            }

            if (e - s > 24L * 60 * 60 * 1000)
            {
                throw new ArgumentException("StartTime and EndTime can be at most 24 hours apart.", "EndTime");
            }
        }

        if (limit is { } l && (l < 1 || l > maxLimit))
        {
            throw new ArgumentOutOfRangeException("Limit", limit, $"Limit must be between 1 and {maxLimit}.");
        }
    }
}
