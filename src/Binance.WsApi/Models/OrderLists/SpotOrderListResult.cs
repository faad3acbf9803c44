namespace Binance.WsApi.Models;

/// <summary>
/// The result of placing an order list (<c>orderList.place*</c>). <see cref="OrderReports"/> holds one
/// <see cref="SpotOrderResult"/> per leg, shaped by the request's <c>newOrderRespType</c> (RESULT fields null for ACK,
/// fills only for FULL). Pending legs of OTO/OPO lists report <c>PENDING_NEW</c> with <c>workingTime</c> -1.
/// </summary>
public sealed record SpotOrderListResult : SpotOrderListBase
{
    /// <summary>The report of each leg.</summary>
    public IReadOnlyList<SpotOrderResult> OrderReports
    {
        // Source-generated deserialization leaves a missing init property at null, not at its initializer.
        get => _orderReports ?? [];
        init => _orderReports = value;
    }

    private readonly IReadOnlyList<SpotOrderResult>? _orderReports;
}
