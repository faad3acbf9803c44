using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>Where a futures order takes its price from the book instead of an explicit price (<c>NONE</c>: the order's own price). Unknown values are kept as they are.</summary>
[JsonConverter(typeof(StringEnumJsonConverter<PriceMatch>))]
public readonly record struct PriceMatch : IStringEnum<PriceMatch>
{
    /// <summary>Wraps a wire value.</summary>
    public PriceMatch(string value) => Value = value ?? string.Empty;

    /// <inheritdoc />
    public string Value { get; }

    /// <summary><c>NONE</c>.</summary>
    public static PriceMatch None { get; } = new("NONE");

    /// <summary><c>OPPONENT</c>.</summary>
    public static PriceMatch Opponent { get; } = new("OPPONENT");

    /// <summary><c>OPPONENT_5</c>.</summary>
    public static PriceMatch Opponent5 { get; } = new("OPPONENT_5");

    /// <summary><c>OPPONENT_10</c>.</summary>
    public static PriceMatch Opponent10 { get; } = new("OPPONENT_10");

    /// <summary><c>OPPONENT_20</c>.</summary>
    public static PriceMatch Opponent20 { get; } = new("OPPONENT_20");

    /// <summary><c>QUEUE</c>.</summary>
    public static PriceMatch Queue { get; } = new("QUEUE");

    /// <summary><c>QUEUE_5</c>.</summary>
    public static PriceMatch Queue5 { get; } = new("QUEUE_5");

    /// <summary><c>QUEUE_10</c>.</summary>
    public static PriceMatch Queue10 { get; } = new("QUEUE_10");

    /// <summary><c>QUEUE_20</c>.</summary>
    public static PriceMatch Queue20 { get; } = new("QUEUE_20");

    /// <inheritdoc />
    public static PriceMatch Create(string value) => new(value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? string.Empty;
}
