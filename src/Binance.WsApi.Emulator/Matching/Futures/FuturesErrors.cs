using System.Globalization;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Matching.Futures;

/// <summary>Futures error codes (docs/protocol.md §6.4) with Binance's messages; kept apart from spot's because the same code means different things.</summary>
internal static class FuturesErrors
{
    public static ApiError BalanceInsufficient() => new(400, -2018, "Balance is insufficient.");

    public static ApiError MarginInsufficient() => new(400, -2019, "Margin is insufficient.");

    public static ApiError WouldImmediatelyTrigger() => new(400, -2021, "Order would immediately trigger.");

    public static ApiError ReduceOnlyRejected() => new(400, -2022, "ReduceOnly Order is rejected.");

    public static ApiError UnknownOrder() => new(400, -2011, "Unknown order sent.");

    public static ApiError NoSuchOrder() => new(400, -2013, "Order does not exist.");

    public static ApiError PriceLessThanZero() => new(400, -4001, "Price less than 0.");

    public static ApiError PriceGreaterThanMax() => new(400, -4002, "Price greater than max price.");

    public static ApiError QuantityLessThanZero() => new(400, -4003, "Quantity less than or equal to zero.");

    public static ApiError QuantityLessThanMin() => new(400, -4004, "Quantity less than min quantity.");

    public static ApiError QuantityGreaterThanMax() => new(400, -4005, "Quantity greater than max quantity.");

    public static ApiError StopPriceLessThanZero() => new(400, -4006, "Stop price less than zero.");

    public static ApiError PriceLessThanMin() => new(400, -4013, "Price less than min price.");

    public static ApiError PriceNotTick() => new(400, -4014, "Price not increased by tick size.");

    public static ApiError InvalidClientOrderId() => new(400, -4015, "Client order id is not valid.");

    public static ApiError QuantityNotStep() => new(400, -4023, "Quantity not increased by step size.");

    public static ApiError PositionSideMismatch() => new(400, -4061, "Order's position side does not match user's setting.");

    public static ApiError DuplicateClientOrderId() => new(400, -4116, "ClientOrderId is duplicated.");

    public static ApiError UseAlgoApi() =>
        new(400, -4120, "Order type not supported for this endpoint. Please use the Algo Order API endpoints instead.");

    public static ApiError NotRequired(string name) => new(400, -1106, $"Parameter '{name}' sent when not required.");

    public static ApiError NotionalTooSmall(decimal minNotional) => new(
        400, -4164, $"Order's notional must be no smaller than {DecimalText.Plain(minNotional)} (unless you choose reduce only).");

    public static ApiError FokRejected() =>
        new(400, -5021, "Due to the order could not be filled immediately, the FOK order has been rejected. The order will not be recorded in the order book.");

    public static ApiError GtxRejected() =>
        new(400, -5022, "Due to the order could not be executed as maker, the Post Only order will be rejected. The order will not be recorded in the order book.");

    public static ApiError NoNeedToModify() => new(400, -5027, "No need to modify the order.");

    public static ApiError TooManyOrders(int limit, string interval) =>
        new(429, -1015, $"Too many new orders; current limit is {limit.ToString(CultureInfo.InvariantCulture)} orders per {interval}.");
}
