using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>Self-trade prevention mode. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(StringEnumJsonConverter<SelfTradePreventionMode>))]
public readonly record struct SelfTradePreventionMode : IStringEnum<SelfTradePreventionMode>
{
    /// <summary>Wraps a wire value.</summary>
    public SelfTradePreventionMode(string value) => Value = value ?? string.Empty;

    /// <inheritdoc />
    public string Value { get; }

    /// <summary><c>NONE</c>.</summary>
    public static SelfTradePreventionMode None { get; } = new("NONE");

    /// <summary><c>EXPIRE_MAKER</c>.</summary>
    public static SelfTradePreventionMode ExpireMaker { get; } = new("EXPIRE_MAKER");

    /// <summary><c>EXPIRE_TAKER</c>.</summary>
    public static SelfTradePreventionMode ExpireTaker { get; } = new("EXPIRE_TAKER");

    /// <summary><c>EXPIRE_BOTH</c>.</summary>
    public static SelfTradePreventionMode ExpireBoth { get; } = new("EXPIRE_BOTH");

    /// <summary><c>DECREMENT</c>.</summary>
    public static SelfTradePreventionMode Decrement { get; } = new("DECREMENT");

    /// <summary><c>TRANSFER</c>.</summary>
    public static SelfTradePreventionMode Transfer { get; } = new("TRANSFER");

    /// <inheritdoc />
    public static SelfTradePreventionMode Create(string value) => new(value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? string.Empty;
}
