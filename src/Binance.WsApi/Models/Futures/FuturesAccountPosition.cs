namespace Binance.WsApi.Models;

/// <summary>
/// One position of a futures <c>account.status</c> result. v1 and v2, USD-M and COIN-M report different subsets, so
/// everything beyond the common core is nullable: for example <see cref="Leverage"/> and <see cref="Isolated"/> are v1,
/// <see cref="IsolatedMargin"/> and <see cref="Notional"/> are USD-M v2, <see cref="MaxQty"/> and
/// <see cref="NotionalValue"/> are COIN-M.
/// </summary>
public sealed record FuturesAccountPosition
{
    /// <summary>The symbol.</summary>
    public string Symbol { get; init; } = string.Empty;

    /// <summary>The position side.</summary>
    public PositionSide PositionSide { get; init; }

    /// <summary>The position size.</summary>
    public decimal PositionAmt { get; init; }

    /// <summary>The initial margin required at the current mark price.</summary>
    public decimal InitialMargin { get; init; }

    /// <summary>The maintenance margin required.</summary>
    public decimal MaintMargin { get; init; }

    /// <summary>The unrealized profit.</summary>
    public decimal UnrealizedProfit { get; init; }

    /// <summary>The initial margin of the position. v1.</summary>
    public decimal? PositionInitialMargin { get; init; }

    /// <summary>The initial margin of open orders. v1.</summary>
    public decimal? OpenOrderInitialMargin { get; init; }

    /// <summary>The leverage. v1.</summary>
    public int? Leverage { get; init; }

    /// <summary>Whether the position is isolated. v1.</summary>
    public bool? Isolated { get; init; }

    /// <summary>The average entry price. v1.</summary>
    public decimal? EntryPrice { get; init; }

    /// <summary>The break-even price, when sent.</summary>
    public decimal? BreakEvenPrice { get; init; }

    /// <summary>The largest notional allowed at this leverage. USD-M v1.</summary>
    public decimal? MaxNotional { get; init; }

    /// <summary>The largest quantity allowed at this leverage. COIN-M.</summary>
    public decimal? MaxQty { get; init; }

    /// <summary>The notional of open bids. USD-M v1.</summary>
    public decimal? BidNotional { get; init; }

    /// <summary>The notional of open asks. USD-M v1.</summary>
    public decimal? AskNotional { get; init; }

    /// <summary>The isolated margin. USD-M v2.</summary>
    public decimal? IsolatedMargin { get; init; }

    /// <summary>The notional value. USD-M v2.</summary>
    public decimal? Notional { get; init; }

    /// <summary>The notional value in the margin coin. COIN-M.</summary>
    public decimal? NotionalValue { get; init; }

    /// <summary>The isolated wallet balance, when sent.</summary>
    public decimal? IsolatedWallet { get; init; }

    /// <summary>When the position last changed, in milliseconds.</summary>
    public long UpdateTime { get; init; }
}
