using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>One position of USD-M <c>v2/account.position</c> (only symbols with a position or open orders).</summary>
public sealed record FuturesPositionV2
{
    /// <summary>The symbol.</summary>
    public string Symbol { get; init; } = string.Empty;

    /// <summary>The position side.</summary>
    public PositionSide PositionSide { get; init; }

    /// <summary>The position size.</summary>
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

    /// <summary>The isolated margin.</summary>
    public decimal IsolatedMargin { get; init; }

    /// <summary>The notional value.</summary>
    public decimal Notional { get; init; }

    /// <summary>The margin asset, for example <c>USDT</c>.</summary>
    public string MarginAsset { get; init; } = string.Empty;

    /// <summary>The isolated wallet balance.</summary>
    public decimal IsolatedWallet { get; init; }

    /// <summary>The initial margin required at the current mark price.</summary>
    public decimal InitialMargin { get; init; }

    /// <summary>The maintenance margin.</summary>
    public decimal MaintMargin { get; init; }

    /// <summary>The initial margin of the position.</summary>
    public decimal PositionInitialMargin { get; init; }

    /// <summary>The initial margin of open orders.</summary>
    public decimal OpenOrderInitialMargin { get; init; }

    /// <summary>The auto-deleverage quantile.</summary>
    public int Adl { get; init; }

    /// <summary>The notional of open bids.</summary>
    public decimal BidNotional { get; init; }

    /// <summary>The notional of open asks.</summary>
    public decimal AskNotional { get; init; }

    /// <summary>When the position last changed, in milliseconds (0 when never).</summary>
    public long UpdateTime { get; init; }
}
