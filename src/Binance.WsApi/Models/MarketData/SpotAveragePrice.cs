namespace Binance.WsApi.Models;

/// <summary>The result of <c>avgPrice</c>: the average price over the last few minutes.</summary>
public sealed record SpotAveragePrice
{
    /// <summary>The length of the averaging window in minutes.</summary>
    public int Mins { get; init; }

    /// <summary>The average price.</summary>
    public decimal Price { get; init; }

    /// <summary>When the last trade in the window happened (ms since the epoch).</summary>
    public long CloseTime { get; init; }
}
