using Binance.WsApi.Emulator.Market;

namespace Binance.WsApi.Emulator.Matching;

/// <summary>Everything the engine keeps per symbol: book, stops, order and trade history, id counters.</summary>
internal sealed class SymbolState(SpotSymbol symbol)
{
    public SpotSymbol Symbol { get; } = symbol;

    public OrderBook Book { get; } = new();

    /// <summary>Untriggered stop orders, in placement order (trigger order when several fire on one trade).</summary>
    public List<SpotOrder> Stops { get; } = [];

    public Dictionary<long, SpotOrder> Orders { get; } = [];

    public List<SpotTrade> Trades { get; } = [];

    public long NextOrderId { get; set; } = 1;

    public long NextTradeId { get; set; } = 1;

    public long NextPreventedMatchId { get; set; } = 1;

    public long NextAllocationId { get; set; }

    public long NextExecutionId { get; set; } = 1;

    public decimal? LastPrice { get; set; }

    /// <summary>referencePrice: null = never set (the docs' -2043 quirk); a set value may itself be null.</summary>
    public (decimal? Price, long Time)? Reference { get; set; }

    /// <summary>A trade happened since the stops were last checked.</summary>
    public bool StopsDirty { get; set; }

    public decimal Step => Symbol.Filter<LotSizeFilter>() is { } lot && lot.FilterType == "LOT_SIZE" ? lot.StepSize : 0m;
}
