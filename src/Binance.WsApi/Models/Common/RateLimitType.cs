using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>The kind of a rate limit. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(StringEnumJsonConverter<RateLimitType>))]
public readonly record struct RateLimitType : IStringEnum<RateLimitType>
{
    /// <summary>Wraps a wire value.</summary>
    public RateLimitType(string value) => Value = value ?? string.Empty;

    /// <inheritdoc />
    public string Value { get; }

    /// <summary><c>REQUEST_WEIGHT</c>.</summary>
    public static RateLimitType RequestWeight { get; } = new("REQUEST_WEIGHT");

    /// <summary><c>ORDERS</c>.</summary>
    public static RateLimitType Orders { get; } = new("ORDERS");

    /// <summary><c>CONNECTIONS</c>.</summary>
    public static RateLimitType Connections { get; } = new("CONNECTIONS");

    /// <summary><c>RAW_REQUESTS</c>.</summary>
    public static RateLimitType RawRequests { get; } = new("RAW_REQUESTS");

    /// <inheritdoc />
    public static RateLimitType Create(string value) => new(value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? string.Empty;
}
