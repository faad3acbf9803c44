using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>Full or mini ticker statistics. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(StringEnumJsonConverter<TickerType>))]
public readonly record struct TickerType : IStringEnum<TickerType>
{
    /// <summary>Wraps a wire value.</summary>
    public TickerType(string value) => Value = value ?? string.Empty;

    /// <inheritdoc />
    public string Value { get; }

    /// <summary><c>FULL</c>.</summary>
    public static TickerType Full { get; } = new("FULL");

    /// <summary><c>MINI</c>.</summary>
    public static TickerType Mini { get; } = new("MINI");

    /// <inheritdoc />
    public static TickerType Create(string value) => new(value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? string.Empty;
}
