using Binance.WsApi.Protocol;

namespace Binance.WsApi.Models;

/// <summary>
/// Parameters of the deprecated <c>orderList.place</c> (an OCO of a LIMIT_MAKER leg at <see cref="Price"/> and a
/// STOP_LOSS(_LIMIT) leg triggered by <see cref="StopPrice"/> and/or <see cref="TrailingDelta"/>). Prefer
/// <see cref="SpotOcoOrderListRequest"/>.
/// </summary>
/// <param name="Symbol">The symbol.</param>
/// <param name="Side">Buy or sell (both legs).</param>
/// <param name="Quantity">The quantity of both legs.</param>
/// <param name="Price">The limit leg's price.</param>
public sealed record SpotOrderListRequest(string Symbol, OrderSide Side, decimal Quantity, decimal Price) : SpotOrderListRequestBase
{
    /// <summary>The limit leg's client id; generated when null.</summary>
    public string? LimitClientOrderId { get; init; }

    /// <summary>The limit leg's visible iceberg quantity.</summary>
    public decimal? LimitIcebergQty { get; init; }

    /// <summary>The limit leg's strategy id.</summary>
    public long? LimitStrategyId { get; init; }

    /// <summary>The limit leg's strategy type, at least 1000000.</summary>
    public int? LimitStrategyType { get; init; }

    /// <summary>The stop leg's trigger price (this and/or <see cref="TrailingDelta"/> is required).</summary>
    public decimal? StopPrice { get; init; }

    /// <summary>The stop leg's trailing delta in basis points.</summary>
    public int? TrailingDelta { get; init; }

    /// <summary>The stop leg's client id; generated when null.</summary>
    public string? StopClientOrderId { get; init; }

    /// <summary>The stop leg's limit price (makes it STOP_LOSS_LIMIT; then <see cref="StopLimitTimeInForce"/> is required).</summary>
    public decimal? StopLimitPrice { get; init; }

    /// <summary>The stop leg's time in force.</summary>
    public TimeInForce? StopLimitTimeInForce { get; init; }

    /// <summary>The stop leg's visible iceberg quantity.</summary>
    public decimal? StopIcebergQty { get; init; }

    /// <summary>The stop leg's strategy id.</summary>
    public long? StopStrategyId { get; init; }

    /// <summary>The stop leg's strategy type, at least 1000000.</summary>
    public int? StopStrategyType { get; init; }

    internal WsApiParameters ToParameters(ClientOrderIdGenerator? ids)
    {
        OrderChecks.Enum(Side.Value, nameof(Side));
        OrderChecks.Amounts(Price, Quantity, null, StopPrice, LimitIcebergQty, TrailingDelta);
        Validate.Positive(StopLimitPrice, nameof(StopLimitPrice));
        Validate.Positive(StopIcebergQty, nameof(StopIcebergQty));
        OrderChecks.Tags(LimitStrategyType, null, "Limit");
        OrderChecks.Tags(StopStrategyType, null, "Stop");
        OrderChecks.ClientId(LimitClientOrderId, nameof(LimitClientOrderId));
        OrderChecks.ClientId(StopClientOrderId, nameof(StopClientOrderId));
        if (StopPrice is null && TrailingDelta is null)
        {
            throw new ArgumentException("The stop leg requires StopPrice or TrailingDelta.", nameof(StopPrice));
        }

        if (StopLimitPrice is not null && StopLimitTimeInForce is null)
        {
            throw new ArgumentException("StopLimitPrice requires StopLimitTimeInForce.", nameof(StopLimitTimeInForce));
        }

        return Start(Symbol, ids, 22)
            .Add("side", Side.Value)
            .Add("quantity", Quantity)
            .Add("price", Price)
            .Add("limitClientOrderId", LimitClientOrderId ?? ids?.Next())
            .Add("limitIcebergQty", LimitIcebergQty)
            .Add("limitStrategyId", LimitStrategyId)
            .Add("limitStrategyType", LimitStrategyType)
            .Add("stopPrice", StopPrice)
            .Add("trailingDelta", TrailingDelta)
            .Add("stopClientOrderId", StopClientOrderId ?? ids?.Next())
            .Add("stopLimitPrice", StopLimitPrice)
            .Add("stopLimitTimeInForce", StopLimitTimeInForce)
            .Add("stopIcebergQty", StopIcebergQty)
            .Add("stopStrategyId", StopStrategyId)
            .Add("stopStrategyType", StopStrategyType);
    }
}
