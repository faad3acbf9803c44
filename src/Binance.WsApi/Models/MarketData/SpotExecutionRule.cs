using System.Text.Json;
using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>
/// One execution rule. <c>PRICE_RANGE</c> bounds limit prices by multipliers of the reference price; fields of rule
/// types this library does not know yet are kept in <see cref="ExtensionData"/>.
/// </summary>
public sealed record SpotExecutionRule
{
    /// <summary>The rule type, for example <c>PRICE_RANGE</c>.</summary>
    public string RuleType { get; init; } = string.Empty;

    /// <summary>PRICE_RANGE: highest bid price as a multiple of the reference price.</summary>
    public decimal? BidLimitMultUp { get; init; }

    /// <summary>PRICE_RANGE: lowest bid price as a multiple of the reference price.</summary>
    public decimal? BidLimitMultDown { get; init; }

    /// <summary>PRICE_RANGE: highest ask price as a multiple of the reference price.</summary>
    public decimal? AskLimitMultUp { get; init; }

    /// <summary>PRICE_RANGE: lowest ask price as a multiple of the reference price.</summary>
    public decimal? AskLimitMultDown { get; init; }

    /// <summary>Fields this library does not model, as they came.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
