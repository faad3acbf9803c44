namespace Binance.WsApi.Models;

/// <summary>One asset of a futures <c>account.status</c> result.</summary>
public sealed record FuturesAccountAsset
{
    /// <summary>The asset.</summary>
    public string Asset { get; init; } = string.Empty;

    /// <summary>The wallet balance.</summary>
    public decimal WalletBalance { get; init; }

    /// <summary>The unrealized profit.</summary>
    public decimal UnrealizedProfit { get; init; }

    /// <summary>The margin balance.</summary>
    public decimal MarginBalance { get; init; }

    /// <summary>The maintenance margin required.</summary>
    public decimal MaintMargin { get; init; }

    /// <summary>The total initial margin required at the current mark price.</summary>
    public decimal InitialMargin { get; init; }

    /// <summary>The initial margin of positions.</summary>
    public decimal PositionInitialMargin { get; init; }

    /// <summary>The initial margin of open orders.</summary>
    public decimal OpenOrderInitialMargin { get; init; }

    /// <summary>The crossed wallet balance.</summary>
    public decimal CrossWalletBalance { get; init; }

    /// <summary>The unrealized profit of crossed positions.</summary>
    public decimal CrossUnPnl { get; init; }

    /// <summary>The available balance.</summary>
    public decimal AvailableBalance { get; init; }

    /// <summary>The maximum amount that can be transferred out.</summary>
    public decimal MaxWithdrawAmount { get; init; }

    /// <summary>Whether the asset can be used as margin in multi-assets mode. USD-M, when sent.</summary>
    public bool? MarginAvailable { get; init; }

    /// <summary>When the asset last changed, in milliseconds.</summary>
    public long UpdateTime { get; init; }
}
