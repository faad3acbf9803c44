namespace Binance.WsApi.Models;

/// <summary>Parameters of <c>sor.order.test</c>: a smart-order-routing order validated but not placed.</summary>
/// <param name="Order">The order to test. No client order id is generated for a test.</param>
public sealed record SpotSorOrderTestRequest(SpotSorOrderRequest Order)
{
    /// <summary>Also return the commission rates the order would pay (weight 20 instead of 1).</summary>
    public bool ComputeCommissionRates { get; init; }

    internal WsApiParameters ToParameters()
    {
        ArgumentNullException.ThrowIfNull(Order);
        return Order.WriteTo(new WsApiParameters(13), null)
            .Add("computeCommissionRates", ComputeCommissionRates ? true : (bool?)null)
            .AddRecvWindow(Order.RecvWindow);
    }
}
