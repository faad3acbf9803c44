namespace Binance.WsApi.Models;

/// <summary>Parameters of <c>allOrderLists</c>: the account's order lists, any status.</summary>
public sealed record SpotAllOrderListsRequest
{
    /// <summary>Start from this order-list id (inclusive).</summary>
    public long? FromId { get; init; }

    /// <summary>Earliest list time, in milliseconds.</summary>
    public long? StartTime { get; init; }

    /// <summary>Latest list time, in milliseconds (at most 24 hours after <see cref="StartTime"/>).</summary>
    public long? EndTime { get; init; }

    /// <summary>How many lists, 1 to 1000 (server default 500).</summary>
    public int? Limit { get; init; }

    /// <summary>A receive window for this request instead of the client's.</summary>
    public TimeSpan? RecvWindow { get; init; }

    internal WsApiParameters ToParameters()
    {
        OrderChecks.TimeRange(StartTime, EndTime, Limit);
        return new WsApiParameters(5)
            .Add("fromId", FromId)
            .Add("startTime", StartTime)
            .Add("endTime", EndTime)
            .Add("limit", Limit)
            .AddRecvWindow(RecvWindow);
    }
}
