using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary><c>TRADE_LITE</c> (futures listen-key stream): a lighter, faster notice of a fill.</summary>
public sealed record FuturesTradeLiteEvent : UserDataEvent
{
    /// <summary><c>T</c>: transaction time, ms since the epoch.</summary>
    [JsonPropertyName("T")] public long TransactionTime { get; init; }

    /// <summary><c>s</c>: symbol.</summary>
    [JsonPropertyName("s")] public string Symbol { get; init; } = string.Empty;

    /// <summary><c>q</c>: original quantity.</summary>
    [JsonPropertyName("q")] public decimal OriginalQuantity { get; init; }

    /// <summary><c>p</c>: original price.</summary>
    [JsonPropertyName("p")] public decimal OriginalPrice { get; init; }

    /// <summary><c>m</c>: whether this trade was on the maker side.</summary>
    [JsonPropertyName("m")] public bool IsMaker { get; init; }

    /// <summary><c>c</c>: client order id.</summary>
    [JsonPropertyName("c")] public string ClientOrderId { get; init; } = string.Empty;

    /// <summary><c>S</c>: side.</summary>
    [JsonPropertyName("S")] public string Side { get; init; } = string.Empty;

    /// <summary><c>L</c>: last filled price.</summary>
    [JsonPropertyName("L")] public decimal LastFilledPrice { get; init; }

    /// <summary><c>l</c>: last filled quantity.</summary>
    [JsonPropertyName("l")] public decimal LastFilledQuantity { get; init; }

    /// <summary><c>t</c>: trade id.</summary>
    [JsonPropertyName("t")] public long TradeId { get; init; }

    /// <summary><c>i</c>: order id.</summary>
    [JsonPropertyName("i")] public long OrderId { get; init; }
}
