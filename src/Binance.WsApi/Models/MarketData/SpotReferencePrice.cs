using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>
/// The result of <c>referencePrice</c>. Binance answers in three ways, all with status 200, told apart by
/// <see cref="Status"/>: a price (<see cref="SpotReferencePriceStatus.Available"/>), a null price
/// (<see cref="SpotReferencePriceStatus.NotSet"/>), or — when the symbol never had one — an error object
/// <c>{"code":-2043,"msg":…}</c> in place of the result (<see cref="SpotReferencePriceStatus.NeverSet"/>, with that code and
/// message in <see cref="Code"/> and <see cref="Message"/>). The last one is not thrown: it is a documented answer, not
/// a failed request.
/// </summary>
public sealed record SpotReferencePrice
{
    /// <summary>The symbol (filled in from the request when the server's answer has none).</summary>
    public string Symbol { get; init; } = string.Empty;

    /// <summary>The reference price, or null when none is set.</summary>
    [JsonPropertyName("referencePrice")]
    public decimal? Price { get; init; }

    /// <summary>When the reference price was valid (ms since the epoch); null when it was never set.</summary>
    public long? Timestamp { get; init; }

    /// <summary>Binance's code when the symbol never had a reference price (-2043), else null.</summary>
    public int? Code { get; init; }

    /// <summary>Binance's message when the symbol never had a reference price, else null.</summary>
    [JsonPropertyName("msg")]
    public string? Message { get; init; }

    /// <summary>Which of the three documented answers this is.</summary>
    [JsonIgnore]
    public SpotReferencePriceStatus Status =>
        Code is not null ? SpotReferencePriceStatus.NeverSet
        : Price is null ? SpotReferencePriceStatus.NotSet
        : SpotReferencePriceStatus.Available;
}
