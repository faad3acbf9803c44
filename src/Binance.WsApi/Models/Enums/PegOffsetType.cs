using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>How a pegged order's offset is expressed. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(StringEnumJsonConverter<PegOffsetType>))]
public readonly record struct PegOffsetType : IStringEnum<PegOffsetType>
{
    /// <summary>Wraps a wire value.</summary>
    public PegOffsetType(string value) => Value = value ?? string.Empty;

    /// <inheritdoc />
    public string Value { get; }

    /// <summary><c>PRICE_LEVEL</c>.</summary>
    public static PegOffsetType PriceLevel { get; } = new("PRICE_LEVEL");

    /// <inheritdoc />
    public static PegOffsetType Create(string value) => new(value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? string.Empty;
}
