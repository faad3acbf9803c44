using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>A futures order type (USD-M and COIN-M; spot's types differ, see <see cref="OrderType"/>). Unknown values are kept as they are.</summary>
[JsonConverter(typeof(StringEnumJsonConverter<FuturesOrderType>))]
public readonly record struct FuturesOrderType : IStringEnum<FuturesOrderType>
{
    /// <summary>Wraps a wire value.</summary>
    public FuturesOrderType(string value) => Value = value ?? string.Empty;

    /// <inheritdoc />
    public string Value { get; }

    /// <summary><c>LIMIT</c>.</summary>
    public static FuturesOrderType Limit { get; } = new("LIMIT");

    /// <summary><c>MARKET</c>.</summary>
    public static FuturesOrderType Market { get; } = new("MARKET");

    /// <summary><c>STOP</c>.</summary>
    public static FuturesOrderType Stop { get; } = new("STOP");

    /// <summary><c>STOP_MARKET</c>.</summary>
    public static FuturesOrderType StopMarket { get; } = new("STOP_MARKET");

    /// <summary><c>TAKE_PROFIT</c>.</summary>
    public static FuturesOrderType TakeProfit { get; } = new("TAKE_PROFIT");

    /// <summary><c>TAKE_PROFIT_MARKET</c>.</summary>
    public static FuturesOrderType TakeProfitMarket { get; } = new("TAKE_PROFIT_MARKET");

    /// <summary><c>TRAILING_STOP_MARKET</c>.</summary>
    public static FuturesOrderType TrailingStopMarket { get; } = new("TRAILING_STOP_MARKET");

    /// <inheritdoc />
    public static FuturesOrderType Create(string value) => new(value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? string.Empty;
}
