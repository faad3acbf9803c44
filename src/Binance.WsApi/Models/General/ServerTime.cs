using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>The result of <c>time</c>.</summary>
public sealed record ServerTime
{
    /// <summary>The server's clock, milliseconds since the Unix epoch.</summary>
    [JsonPropertyName("serverTime")]
    public long ServerTimeMs { get; init; }

    /// <summary>The server's clock as a date.</summary>
    [JsonIgnore]
    public DateTimeOffset Time => DateTimeOffset.FromUnixTimeMilliseconds(ServerTimeMs);
}
