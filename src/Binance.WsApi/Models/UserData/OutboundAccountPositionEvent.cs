using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary><c>outboundAccountPosition</c>: balances of the assets that may have changed.</summary>
public sealed record OutboundAccountPositionEvent : UserDataEvent
{
    /// <summary><c>u</c>: time of the last account update.</summary>
    [JsonPropertyName("u")] public long LastUpdateTime { get; init; }

    /// <summary><c>B</c>: the balances.</summary>
    [JsonPropertyName("B")] public IReadOnlyList<AccountPositionBalance> Balances { get; init; } = [];
}

/// <summary>One balance of <see cref="OutboundAccountPositionEvent"/>.</summary>
public sealed record AccountPositionBalance
{
    /// <summary><c>a</c>: asset.</summary>
    [JsonPropertyName("a")] public string Asset { get; init; } = string.Empty;

    /// <summary><c>f</c>: free amount.</summary>
    [JsonPropertyName("f")] public decimal Free { get; init; }

    /// <summary><c>l</c>: locked amount.</summary>
    [JsonPropertyName("l")] public decimal Locked { get; init; }
}
