using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>How much an order placement answers with (newOrderRespType). Unknown values are kept as they are.</summary>
[JsonConverter(typeof(StringEnumJsonConverter<OrderResponseType>))]
public readonly record struct OrderResponseType : IStringEnum<OrderResponseType>
{
    /// <summary>Wraps a wire value.</summary>
    public OrderResponseType(string value) => Value = value ?? string.Empty;

    /// <inheritdoc />
    public string Value { get; }

    /// <summary><c>ACK</c>.</summary>
    public static OrderResponseType Ack { get; } = new("ACK");

    /// <summary><c>RESULT</c>.</summary>
    public static OrderResponseType Result { get; } = new("RESULT");

    /// <summary><c>FULL</c>.</summary>
    public static OrderResponseType Full { get; } = new("FULL");

    /// <inheritdoc />
    public static OrderResponseType Create(string value) => new(value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? string.Empty;
}
