using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>The kind of a USD-M algo order (<c>algoOrder.place</c>; only <c>CONDITIONAL</c> is documented). Unknown values are kept as they are.</summary>
[JsonConverter(typeof(StringEnumJsonConverter<FuturesAlgoType>))]
public readonly record struct FuturesAlgoType : IStringEnum<FuturesAlgoType>
{
    /// <summary>Wraps a wire value.</summary>
    public FuturesAlgoType(string value) => Value = value ?? string.Empty;

    /// <inheritdoc />
    public string Value { get; }

    /// <summary><c>CONDITIONAL</c>.</summary>
    public static FuturesAlgoType Conditional { get; } = new("CONDITIONAL");

    /// <inheritdoc />
    public static FuturesAlgoType Create(string value) => new(value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? string.Empty;
}
