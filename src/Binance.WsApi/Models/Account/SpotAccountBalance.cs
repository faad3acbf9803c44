namespace Binance.WsApi.Models;

/// <summary>The balance of one asset in <c>account.status</c>.</summary>
public sealed record SpotAccountBalance
{
    /// <summary>The asset, for example <c>BTC</c>.</summary>
    public string Asset { get; init; } = string.Empty;

    /// <summary>The amount available.</summary>
    public decimal Free { get; init; }

    /// <summary>The amount held by open orders.</summary>
    public decimal Locked { get; init; }

    /// <summary>Free plus locked.</summary>
    public decimal Total => Free + Locked;
}
