using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>
/// The kind of a USD-M algo order (<c>algoOrder.place</c>). Only <c>CONDITIONAL</c> is documented for the WS API;
/// <c>TWAP</c> and <c>VP</c> are Binance's REST algo orders, which this library and its emulator carry over
/// <c>algoOrder.place</c> as an extension (see <see cref="FuturesAlgoOrderRequest"/>). Unknown values are kept as they are.
/// </summary>
[JsonConverter(typeof(StringEnumJsonConverter<FuturesAlgoType>))]
public readonly record struct FuturesAlgoType : IStringEnum<FuturesAlgoType>
{
    /// <summary>Wraps a wire value.</summary>
    public FuturesAlgoType(string value) => Value = value ?? string.Empty;

    /// <inheritdoc />
    public string Value { get; }

    /// <summary><c>CONDITIONAL</c>.</summary>
    public static FuturesAlgoType Conditional { get; } = new("CONDITIONAL");

    /// <summary><c>TWAP</c>: time-weighted, equal slices over a duration (extension).</summary>
    public static FuturesAlgoType Twap { get; } = new("TWAP");

    /// <summary><c>VP</c>: volume participation at an urgency (extension).</summary>
    public static FuturesAlgoType Vp { get; } = new("VP");

    /// <inheritdoc />
    public static FuturesAlgoType Create(string value) => new(value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? string.Empty;
}
