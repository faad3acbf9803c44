namespace Binance.WsApi.Models;

/// <summary>
/// Parameters of <c>myAllocations</c> (allocations from SOR orders). Filter by time
/// (<see cref="StartTime"/>/<see cref="EndTime"/>, at most 24 hours apart), or by <see cref="OrderId"/> and/or
/// <see cref="FromAllocationId"/>; time cannot be combined with the other two.
/// </summary>
/// <param name="Symbol">The symbol, for example <c>BTCUSDT</c>.</param>
public sealed record SpotAllocationsRequest(string Symbol)
{
    /// <summary>Earliest allocation time (ms since the epoch).</summary>
    public long? StartTime { get; init; }

    /// <summary>Latest allocation time (ms since the epoch).</summary>
    public long? EndTime { get; init; }

    /// <summary>Allocations with this id or later.</summary>
    public long? FromAllocationId { get; init; }

    /// <summary>How many, 1 to 1000 (server default 500).</summary>
    public int? Limit { get; init; }

    /// <summary>Only the allocations of this order.</summary>
    public long? OrderId { get; init; }

    internal WsApiParameters ToParameters()
    {
        Validate.Symbol(Symbol, nameof(Symbol));
        if ((StartTime is not null || EndTime is not null) && (FromAllocationId is not null || OrderId is not null))
        {
            throw new ArgumentException("StartTime and EndTime cannot be combined with FromAllocationId or OrderId.");
        }

        RequestChecks.TimeRange(StartTime, EndTime, TimeSpan.FromHours(24));
        RequestChecks.NotNegative(FromAllocationId, nameof(FromAllocationId));
        RequestChecks.NotNegative(OrderId, nameof(OrderId));
        RequestChecks.Limit(Limit, 1000);
        return new WsApiParameters(6)
            .Add("symbol", Symbol)
            .Add("startTime", StartTime)
            .Add("endTime", EndTime)
            .Add("fromAllocationId", FromAllocationId)
            .Add("limit", Limit)
            .Add("orderId", OrderId);
    }
}
