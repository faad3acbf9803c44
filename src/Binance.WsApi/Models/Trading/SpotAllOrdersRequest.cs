namespace Binance.WsApi.Models;

/// <summary>Parameters of <c>allOrders</c>: the account's orders on a symbol, any status.</summary>
/// <param name="Symbol">The symbol.</param>
public sealed record SpotAllOrdersRequest(string Symbol)
{
    /// <summary>Start from this order id (inclusive).</summary>
    public long? OrderId { get; init; }

    /// <summary>Earliest order time, in milliseconds.</summary>
    public long? StartTime { get; init; }

    /// <summary>Latest order time, in milliseconds (at most 24 hours after <see cref="StartTime"/>).</summary>
    public long? EndTime { get; init; }

    /// <summary>How many orders, 1 to 1000 (server default 500).</summary>
    public int? Limit { get; init; }

    /// <summary>A receive window for this request instead of the client's.</summary>
    public TimeSpan? RecvWindow { get; init; }

    internal WsApiParameters ToParameters()
    {
        Validate.Symbol(Symbol, nameof(Symbol));
        OrderChecks.TimeRange(StartTime, EndTime, Limit);
        return new WsApiParameters(6)
            .Add("symbol", Symbol)
            .Add("orderId", OrderId)
            .Add("startTime", StartTime)
            .Add("endTime", EndTime)
            .Add("limit", Limit)
            .AddRecvWindow(RecvWindow);
    }
}
