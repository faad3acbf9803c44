using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>What order.cancelReplace does when the unfilled-order limit is exceeded. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(StringEnumJsonConverter<OrderRateLimitExceededMode>))]
public readonly record struct OrderRateLimitExceededMode : IStringEnum<OrderRateLimitExceededMode>
{
    /// <summary>Wraps a wire value.</summary>
    public OrderRateLimitExceededMode(string value) => Value = value ?? string.Empty;

    /// <inheritdoc />
    public string Value { get; }

    /// <summary><c>DO_NOTHING</c>.</summary>
    public static OrderRateLimitExceededMode DoNothing { get; } = new("DO_NOTHING");

    /// <summary><c>CANCEL_ONLY</c>.</summary>
    public static OrderRateLimitExceededMode CancelOnly { get; } = new("CANCEL_ONLY");

    /// <inheritdoc />
    public static OrderRateLimitExceededMode Create(string value) => new(value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? string.Empty;
}
