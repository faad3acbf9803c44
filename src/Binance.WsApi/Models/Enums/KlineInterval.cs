using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>A kline (candlestick) interval. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(StringEnumJsonConverter<KlineInterval>))]
public readonly record struct KlineInterval : IStringEnum<KlineInterval>
{
    /// <summary>Wraps a wire value.</summary>
    public KlineInterval(string value) => Value = value ?? string.Empty;

    /// <inheritdoc />
    public string Value { get; }

    /// <summary><c>1s</c>.</summary>
    public static KlineInterval OneSecond { get; } = new("1s");

    /// <summary><c>1m</c>.</summary>
    public static KlineInterval OneMinute { get; } = new("1m");

    /// <summary><c>3m</c>.</summary>
    public static KlineInterval ThreeMinutes { get; } = new("3m");

    /// <summary><c>5m</c>.</summary>
    public static KlineInterval FiveMinutes { get; } = new("5m");

    /// <summary><c>15m</c>.</summary>
    public static KlineInterval FifteenMinutes { get; } = new("15m");

    /// <summary><c>30m</c>.</summary>
    public static KlineInterval ThirtyMinutes { get; } = new("30m");

    /// <summary><c>1h</c>.</summary>
    public static KlineInterval OneHour { get; } = new("1h");

    /// <summary><c>2h</c>.</summary>
    public static KlineInterval TwoHours { get; } = new("2h");

    /// <summary><c>4h</c>.</summary>
    public static KlineInterval FourHours { get; } = new("4h");

    /// <summary><c>6h</c>.</summary>
    public static KlineInterval SixHours { get; } = new("6h");

    /// <summary><c>8h</c>.</summary>
    public static KlineInterval EightHours { get; } = new("8h");

    /// <summary><c>12h</c>.</summary>
    public static KlineInterval TwelveHours { get; } = new("12h");

    /// <summary><c>1d</c>.</summary>
    public static KlineInterval OneDay { get; } = new("1d");

    /// <summary><c>3d</c>.</summary>
    public static KlineInterval ThreeDays { get; } = new("3d");

    /// <summary><c>1w</c>.</summary>
    public static KlineInterval OneWeek { get; } = new("1w");

    /// <summary><c>1M</c>.</summary>
    public static KlineInterval OneMonth { get; } = new("1M");

    /// <inheritdoc />
    public static KlineInterval Create(string value) => new(value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? string.Empty;
}
