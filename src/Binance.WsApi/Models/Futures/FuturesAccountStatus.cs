namespace Binance.WsApi.Models;

/// <summary>
/// The result of futures <c>account.status</c> (USD-M and COIN-M) and USD-M <c>v2/account.status</c>: account
/// totals, per-asset margins and per-symbol positions. The shapes differ, so fields one of them leaves out are null:
/// v1 has the permission flags and <see cref="FeeTier"/>; USD-M v1 adds <see cref="MultiAssetsMargin"/> and
/// <see cref="TradeGroupId"/>; the <c>Total…</c> figures are USD-M only (in single-asset mode they count USDT only; in
/// multi-assets mode every asset, in USD).
/// </summary>
public sealed record FuturesAccountStatus
{
    /// <summary>The account's fee tier. v1 only.</summary>
    public int? FeeTier { get; init; }

    /// <summary>Whether the account can trade. v1 only.</summary>
    public bool? CanTrade { get; init; }

    /// <summary>Whether the account can deposit. v1 only.</summary>
    public bool? CanDeposit { get; init; }

    /// <summary>Whether the account can withdraw. v1 only.</summary>
    public bool? CanWithdraw { get; init; }

    /// <summary>A reserved timestamp (always 0 in the documentation). v1 only.</summary>
    public long? UpdateTime { get; init; }

    /// <summary>True in multi-assets margin mode. USD-M v1 only.</summary>
    public bool? MultiAssetsMargin { get; init; }

    /// <summary>The trade group id (-1 when none). USD-M v1 only.</summary>
    public long? TradeGroupId { get; init; }

    /// <summary>The total initial margin. USD-M only.</summary>
    public decimal? TotalInitialMargin { get; init; }

    /// <summary>The total maintenance margin. USD-M only.</summary>
    public decimal? TotalMaintMargin { get; init; }

    /// <summary>The total wallet balance. USD-M only.</summary>
    public decimal? TotalWalletBalance { get; init; }

    /// <summary>The total unrealized profit. USD-M only.</summary>
    public decimal? TotalUnrealizedProfit { get; init; }

    /// <summary>The total margin balance. USD-M only.</summary>
    public decimal? TotalMarginBalance { get; init; }

    /// <summary>The initial margin of positions. USD-M only.</summary>
    public decimal? TotalPositionInitialMargin { get; init; }

    /// <summary>The initial margin of open orders. USD-M only.</summary>
    public decimal? TotalOpenOrderInitialMargin { get; init; }

    /// <summary>The crossed wallet balance. USD-M only.</summary>
    public decimal? TotalCrossWalletBalance { get; init; }

    /// <summary>The unrealized profit of crossed positions. USD-M only.</summary>
    public decimal? TotalCrossUnPnl { get; init; }

    /// <summary>The available balance. USD-M only.</summary>
    public decimal? AvailableBalance { get; init; }

    /// <summary>The maximum amount that can be transferred out. USD-M only.</summary>
    public decimal? MaxWithdrawAmount { get; init; }

    /// <summary>Per-asset balances and margins.</summary>
    public IReadOnlyList<FuturesAccountAsset> Assets
    {
        // Source-generated deserialization leaves a missing init property at null, not at its initializer.
        get => _assets ?? [];
        init => _assets = value;
    }

    /// <summary>Per-symbol positions (v2: only symbols with a position or open orders).</summary>
    public IReadOnlyList<FuturesAccountPosition> Positions
    {
        get => _positions ?? [];
        init => _positions = value;
    }

    private readonly IReadOnlyList<FuturesAccountAsset>? _assets;
    private readonly IReadOnlyList<FuturesAccountPosition>? _positions;
}
