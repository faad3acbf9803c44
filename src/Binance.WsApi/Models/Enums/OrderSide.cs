using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>The side of an order. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(StringEnumJsonConverter<OrderSide>))]
public readonly record struct OrderSide : IStringEnum<OrderSide>
{
    /// <summary>Wraps a wire value.</summary>
    public OrderSide(string value) => Value = value ?? string.Empty;

    /// <inheritdoc />
    public string Value { get; }

    /// <summary><c>BUY</c>.</summary>
    public static OrderSide Buy { get; } = new("BUY");

    /// <summary><c>SELL</c>.</summary>
    public static OrderSide Sell { get; } = new("SELL");

    /// <inheritdoc />
    public static OrderSide Create(string value) => new(value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? string.Empty;
}
