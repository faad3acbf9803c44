namespace Binance.WsApi.Models;

/// <summary>
/// One asset of futures <c>account.balance</c> (and USD-M <c>v2/account.balance</c>). USD-M sends
/// <see cref="MaxWithdrawAmount"/> and <see cref="MarginAvailable"/>, COIN-M sends <see cref="WithdrawAvailable"/>.
/// </summary>
public sealed record FuturesBalance
{
    /// <summary>A unique account code.</summary>
    public string AccountAlias { get; init; } = string.Empty;

    /// <summary>The asset.</summary>
    public string Asset { get; init; } = string.Empty;

    /// <summary>The wallet balance.</summary>
    public decimal Balance { get; init; }

    /// <summary>The crossed wallet balance.</summary>
    public decimal CrossWalletBalance { get; init; }

    /// <summary>The unrealized profit of crossed positions.</summary>
    public decimal CrossUnPnl { get; init; }

    /// <summary>The available balance.</summary>
    public decimal AvailableBalance { get; init; }

    /// <summary>The maximum amount that can be transferred out. USD-M only.</summary>
    public decimal? MaxWithdrawAmount { get; init; }

    /// <summary>The maximum amount that can be withdrawn. COIN-M only.</summary>
    public decimal? WithdrawAvailable { get; init; }

    /// <summary>Whether the asset can be used as margin in multi-assets mode. USD-M only.</summary>
    public bool? MarginAvailable { get; init; }

    /// <summary>When the balance last changed, in milliseconds.</summary>
    public long UpdateTime { get; init; }
}
