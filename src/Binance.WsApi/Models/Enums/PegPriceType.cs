using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>The price a pegged order follows. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(StringEnumJsonConverter<PegPriceType>))]
public readonly record struct PegPriceType : IStringEnum<PegPriceType>
{
    /// <summary>Wraps a wire value.</summary>
    public PegPriceType(string value) => Value = value ?? string.Empty;

    /// <inheritdoc />
    public string Value { get; }

    /// <summary><c>PRIMARY_PEG</c>.</summary>
    public static PegPriceType PrimaryPeg { get; } = new("PRIMARY_PEG");

    /// <summary><c>MARKET_PEG</c>.</summary>
    public static PegPriceType MarketPeg { get; } = new("MARKET_PEG");

    /// <inheritdoc />
    public static PegPriceType Create(string value) => new(value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? string.Empty;
}
