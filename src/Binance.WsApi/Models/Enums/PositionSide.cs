using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>The position a futures order or position belongs to: <c>BOTH</c> in one-way mode, <c>LONG</c> or <c>SHORT</c> in hedge mode. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(StringEnumJsonConverter<PositionSide>))]
public readonly record struct PositionSide : IStringEnum<PositionSide>
{
    /// <summary>Wraps a wire value.</summary>
    public PositionSide(string value) => Value = value ?? string.Empty;

    /// <inheritdoc />
    public string Value { get; }

    /// <summary><c>BOTH</c>.</summary>
    public static PositionSide Both { get; } = new("BOTH");

    /// <summary><c>LONG</c>.</summary>
    public static PositionSide Long { get; } = new("LONG");

    /// <summary><c>SHORT</c>.</summary>
    public static PositionSide Short { get; } = new("SHORT");

    /// <inheritdoc />
    public static PositionSide Create(string value) => new(value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? string.Empty;
}
