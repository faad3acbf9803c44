using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>How a smart-order-routing fill was matched. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(StringEnumJsonConverter<MatchType>))]
public readonly record struct MatchType : IStringEnum<MatchType>
{
    /// <summary>Wraps a wire value.</summary>
    public MatchType(string value) => Value = value ?? string.Empty;

    /// <inheritdoc />
    public string Value { get; }

    /// <summary><c>ONE_PARTY_TRADE_REPORT</c>.</summary>
    public static MatchType OnePartyTradeReport { get; } = new("ONE_PARTY_TRADE_REPORT");

    /// <inheritdoc />
    public static MatchType Create(string value) => new(value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? string.Empty;
}
