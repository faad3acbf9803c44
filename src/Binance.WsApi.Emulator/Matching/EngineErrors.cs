using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Matching;

/// <summary>Matching-engine rejects (docs/protocol.md §7): the message text is the discriminator, the code says which operation failed.</summary>
internal static class EngineErrors
{
    public static ApiError NewOrderRejected(string message) => new(400, -2010, message);

    public static ApiError InsufficientBalance() => NewOrderRejected("Account has insufficient balance for requested action.");

    public static ApiError DuplicateOrder() => NewOrderRejected("Duplicate order sent.");

    public static ApiError MarketClosed() => NewOrderRejected("Market is closed.");

    public static ApiError WouldTake() => NewOrderRejected("Order would immediately match and take.");

    public static ApiError WouldTrigger() => NewOrderRejected("Order would trigger immediately.");

    public static ApiError BadOcoPrices() => NewOrderRejected("The relationship of the prices for the orders is not correct.");

    public static ApiError UnknownOrderCancel() => new(400, -2011, "Unknown order sent.");

    public static ApiError CancelRestricted() => new(400, -2011, "Order was not canceled due to cancel restrictions.");

    public static ApiError NoSuchOrder() => new(400, -2013, "Order does not exist.");

    public static ApiError ClientIdMismatch() => new(400, -2039, "Client order ID is not correct for this order ID.");

    public static ApiError StpModeNotAllowed() => new(400, -1013, "This symbol does not allow the specified self-trade prevention mode.");

    public static ApiError TooManyOrders(string limitText) => new(429, -1015, $"Too many new orders; current limit is {limitText}.");

    public static ApiError AmendRejected(string message) => new(400, -2038, message);
}
