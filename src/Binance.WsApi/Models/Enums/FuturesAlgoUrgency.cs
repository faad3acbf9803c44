using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>
/// How fast a VP (volume participation) algo order works: <c>LOW</c>, <c>MEDIUM</c> or <c>HIGH</c>, as on Binance's
/// REST <c>newOrderVp</c>. Unknown values are kept as they are.
/// </summary>
[JsonConverter(typeof(StringEnumJsonConverter<FuturesAlgoUrgency>))]
public readonly record struct FuturesAlgoUrgency : IStringEnum<FuturesAlgoUrgency>
{
    /// <summary>Wraps a wire value.</summary>
    public FuturesAlgoUrgency(string value) => Value = value ?? string.Empty;

    /// <inheritdoc />
    public string Value { get; }

    /// <summary><c>LOW</c>.</summary>
    public static FuturesAlgoUrgency Low { get; } = new("LOW");

    /// <summary><c>MEDIUM</c>.</summary>
    public static FuturesAlgoUrgency Medium { get; } = new("MEDIUM");

    /// <summary><c>HIGH</c>.</summary>
    public static FuturesAlgoUrgency High { get; } = new("HIGH");

    /// <inheritdoc />
    public static FuturesAlgoUrgency Create(string value) => new(value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? string.Empty;
}
