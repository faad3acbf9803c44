using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>A spot order type. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(StringEnumJsonConverter<OrderType>))]
public readonly record struct OrderType : IStringEnum<OrderType>
{
    /// <summary>Wraps a wire value.</summary>
    public OrderType(string value) => Value = value ?? string.Empty;

    /// <inheritdoc />
    public string Value { get; }

    /// <summary><c>LIMIT</c>.</summary>
    public static OrderType Limit { get; } = new("LIMIT");

    /// <summary><c>MARKET</c>.</summary>
    public static OrderType Market { get; } = new("MARKET");

    /// <summary><c>STOP_LOSS</c>.</summary>
    public static OrderType StopLoss { get; } = new("STOP_LOSS");

    /// <summary><c>STOP_LOSS_LIMIT</c>.</summary>
    public static OrderType StopLossLimit { get; } = new("STOP_LOSS_LIMIT");

    /// <summary><c>TAKE_PROFIT</c>.</summary>
    public static OrderType TakeProfit { get; } = new("TAKE_PROFIT");

    /// <summary><c>TAKE_PROFIT_LIMIT</c>.</summary>
    public static OrderType TakeProfitLimit { get; } = new("TAKE_PROFIT_LIMIT");

    /// <summary><c>LIMIT_MAKER</c>.</summary>
    public static OrderType LimitMaker { get; } = new("LIMIT_MAKER");

    /// <inheritdoc />
    public static OrderType Create(string value) => new(value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? string.Empty;
}
