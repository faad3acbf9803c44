using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>The interval unit of a rate limit. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(StringEnumJsonConverter<RateLimitInterval>))]
public readonly record struct RateLimitInterval : IStringEnum<RateLimitInterval>
{
    /// <summary>Wraps a wire value.</summary>
    public RateLimitInterval(string value) => Value = value ?? string.Empty;

    /// <inheritdoc />
    public string Value { get; }

    /// <summary><c>SECOND</c>.</summary>
    public static RateLimitInterval Second { get; } = new("SECOND");

    /// <summary><c>MINUTE</c>.</summary>
    public static RateLimitInterval Minute { get; } = new("MINUTE");

    /// <summary><c>HOUR</c>.</summary>
    public static RateLimitInterval Hour { get; } = new("HOUR");

    /// <summary><c>DAY</c>.</summary>
    public static RateLimitInterval Day { get; } = new("DAY");

    /// <inheritdoc />
    public static RateLimitInterval Create(string value) => new(value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? string.Empty;
}
