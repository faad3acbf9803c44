using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>How a symbol's reference price is calculated. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(StringEnumJsonConverter<ReferencePriceCalculationType>))]
public readonly record struct ReferencePriceCalculationType : IStringEnum<ReferencePriceCalculationType>
{
    /// <summary>Wraps a wire value.</summary>
    public ReferencePriceCalculationType(string value) => Value = value ?? string.Empty;

    /// <inheritdoc />
    public string Value { get; }

    /// <summary><c>ARITHMETIC_MEAN</c>: the matching engine averages prices over time buckets.</summary>
    public static ReferencePriceCalculationType ArithmeticMean { get; } = new("ARITHMETIC_MEAN");

    /// <summary><c>EXTERNAL</c>: the price comes from an external calculation.</summary>
    public static ReferencePriceCalculationType External { get; } = new("EXTERNAL");

    /// <inheritdoc />
    public static ReferencePriceCalculationType Create(string value) => new(value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? string.Empty;
}
