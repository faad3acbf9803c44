namespace Binance.WsApi.Models;

/// <summary>Parameters of <c>order.amendments</c>: the quantity amendments of one order.</summary>
/// <param name="Symbol">The symbol.</param>
/// <param name="OrderId">The exchange's order id.</param>
public sealed record SpotOrderAmendmentsRequest(string Symbol, long OrderId)
{
    /// <summary>Start from this execution id.</summary>
    public long? FromExecutionId { get; init; }

    /// <summary>How many amendments, 1 to 1000 (server default 500).</summary>
    public int? Limit { get; init; }

    /// <summary>A receive window for this request instead of the client's.</summary>
    public TimeSpan? RecvWindow { get; init; }

    internal WsApiParameters ToParameters()
    {
        Validate.Symbol(Symbol, nameof(Symbol));
        OrderChecks.TimeRange(null, null, Limit);
        return new WsApiParameters(5)
            .Add("symbol", Symbol)
            .Add("orderId", OrderId)
            .Add("fromExecutionId", FromExecutionId)
            .Add("limit", Limit)
            .AddRecvWindow(RecvWindow);
    }
}
