namespace Binance.WsApi.Models;

/// <summary>One match that self-trade prevention stopped (<c>myPreventedMatches</c>).</summary>
public sealed record SpotPreventedMatch
{
    /// <summary>The symbol.</summary>
    public string Symbol { get; init; } = string.Empty;

    /// <summary>The prevented match id.</summary>
    public long PreventedMatchId { get; init; }

    /// <summary>The taker order.</summary>
    public long TakerOrderId { get; init; }

    /// <summary>The maker order's symbol.</summary>
    public string MakerSymbol { get; init; } = string.Empty;

    /// <summary>The maker order.</summary>
    public long MakerOrderId { get; init; }

    /// <summary>The trade group the two orders share.</summary>
    public long TradeGroupId { get; init; }

    /// <summary>The mode that prevented the match.</summary>
    public SelfTradePreventionMode SelfTradePreventionMode { get; init; }

    /// <summary>The price the orders would have matched at.</summary>
    public decimal Price { get; init; }

    /// <summary>The maker quantity expired.</summary>
    public decimal MakerPreventedQuantity { get; init; }

    /// <summary>When it happened (ms since the epoch).</summary>
    public long TransactTime { get; init; }
}
