using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>
/// One position of futures <c>account.position</c> (v1). USD-M and COIN-M share most fields; the market-specific ones
/// are nullable: USD-M sends <see cref="MaxNotionalValue"/> and <see cref="Notional"/>, COIN-M sends
/// <see cref="MaxQty"/> and <see cref="NotionalValue"/>.
/// </summary>
public sealed record FuturesPosition
{
    /// <summary>The symbol.</summary>
    public string Symbol { get; init; } = string.Empty;

    /// <summary>The position size (negative when short in one-way mode).</summary>
    public decimal PositionAmt { get; init; }

    /// <summary>The average entry price.</summary>
    public decimal EntryPrice { get; init; }

    /// <summary>The break-even price.</summary>
    public decimal BreakEvenPrice { get; init; }

    /// <summary>The mark price.</summary>
    public decimal MarkPrice { get; init; }

    /// <summary>The unrealized profit (wire <c>unRealizedProfit</c>).</summary>
    [JsonPropertyName("unRealizedProfit")]
    public decimal UnrealizedProfit { get; init; }

    /// <summary>The liquidation price (0 when none).</summary>
    public decimal LiquidationPrice { get; init; }

    /// <summary>The leverage.</summary>
    public int Leverage { get; init; }

    /// <summary>The largest notional allowed at this leverage. USD-M only.</summary>
    public decimal? MaxNotionalValue { get; init; }

    /// <summary>The largest quantity allowed at this leverage. COIN-M only.</summary>
    public decimal? MaxQty { get; init; }

    /// <summary>Cross or isolated.</summary>
    public MarginType MarginType { get; init; }

    /// <summary>The isolated margin.</summary>
    public decimal IsolatedMargin { get; init; }

    /// <summary>Whether margin is added automatically (Binance sends it as the string "true"/"false").</summary>
    [JsonConverter(typeof(LenientBooleanJsonConverter))]
    public bool IsAutoAddMargin { get; init; }

    /// <summary>The position side.</summary>
    public PositionSide PositionSide { get; init; }

    /// <summary>The notional value. USD-M only.</summary>
    public decimal? Notional { get; init; }

    /// <summary>The notional value, in the margin coin. COIN-M only.</summary>
    public decimal? NotionalValue { get; init; }

    /// <summary>The isolated wallet balance.</summary>
    public decimal IsolatedWallet { get; init; }

    /// <summary>When the position last changed, in milliseconds (0 when never).</summary>
    public long UpdateTime { get; init; }
}
