using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>
/// Price change statistics of one symbol, as <c>ticker.24hr</c>, <c>ticker.tradingDay</c> and <c>ticker</c> (rolling
/// window) return them. One type for all three and for both <c>type</c>s: the <c>MINI</c> fields are always set; the
/// others are null in a <c>MINI</c> ticker (<see cref="IsMini"/>), and the bid/ask/previous-close ones come only from
/// <c>ticker.24hr</c> <c>FULL</c>.
/// </summary>
public sealed record SpotTicker
{
    /// <summary>The symbol.</summary>
    public string Symbol { get; init; } = string.Empty;

    /// <summary>FULL: last price minus open price.</summary>
    public decimal? PriceChange { get; init; }

    /// <summary>FULL: the change in percent.</summary>
    public decimal? PriceChangePercent { get; init; }

    /// <summary>FULL: the volume-weighted average price.</summary>
    public decimal? WeightedAvgPrice { get; init; }

    /// <summary><c>ticker.24hr</c> FULL: the close price of the previous window.</summary>
    public decimal? PrevClosePrice { get; init; }

    /// <summary>The first price of the window.</summary>
    public decimal OpenPrice { get; init; }

    /// <summary>The highest price.</summary>
    public decimal HighPrice { get; init; }

    /// <summary>The lowest price.</summary>
    public decimal LowPrice { get; init; }

    /// <summary>The last price.</summary>
    public decimal LastPrice { get; init; }

    /// <summary><c>ticker.24hr</c> FULL: the quantity of the last trade.</summary>
    public decimal? LastQty { get; init; }

    /// <summary><c>ticker.24hr</c> FULL: the best bid price.</summary>
    public decimal? BidPrice { get; init; }

    /// <summary><c>ticker.24hr</c> FULL: the quantity at the best bid.</summary>
    public decimal? BidQty { get; init; }

    /// <summary><c>ticker.24hr</c> FULL: the best ask price.</summary>
    public decimal? AskPrice { get; init; }

    /// <summary><c>ticker.24hr</c> FULL: the quantity at the best ask.</summary>
    public decimal? AskQty { get; init; }

    /// <summary>The traded volume in the base asset.</summary>
    public decimal Volume { get; init; }

    /// <summary>The traded volume in the quote asset.</summary>
    public decimal QuoteVolume { get; init; }

    /// <summary>The start of the window (ms since the epoch).</summary>
    public long OpenTime { get; init; }

    /// <summary>The end of the window (ms since the epoch).</summary>
    public long CloseTime { get; init; }

    /// <summary>The first trade id in the window (-1 when there was none).</summary>
    public long FirstId { get; init; }

    /// <summary>The last trade id in the window (-1 when there was none).</summary>
    public long LastId { get; init; }

    /// <summary>The number of trades.</summary>
    public long Count { get; init; }

    /// <summary>True for a <c>MINI</c> ticker (no price change fields).</summary>
    [JsonIgnore]
    public bool IsMini => PriceChange is null;
}
