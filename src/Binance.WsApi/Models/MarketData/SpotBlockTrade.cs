namespace Binance.WsApi.Models;

/// <summary>One block trade, as <c>blockTrades.historical</c> returns it.</summary>
public sealed record SpotBlockTrade
{
    /// <summary>The block trade id.</summary>
    public long Id { get; init; }

    /// <summary>The price.</summary>
    public decimal Price { get; init; }

    /// <summary>The quantity in the base asset.</summary>
    public decimal Qty { get; init; }

    /// <summary>The quantity in the quote asset.</summary>
    public decimal QuoteQty { get; init; }

    /// <summary>When it executed (ms since the epoch).</summary>
    public long Time { get; init; }

    /// <summary>True when the buyer was the maker.</summary>
    public bool IsBuyerMaker { get; init; }
}
