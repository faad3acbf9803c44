using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>How a smart-order-routing fill was matched. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(StringEnumJsonConverter<SorMatchType>))]
public readonly record struct SorMatchType : IStringEnum<SorMatchType>
{
    /// <summary>Wraps a wire value.</summary>
    public SorMatchType(string value) => Value = value ?? string.Empty;

    /// <inheritdoc />
    public string Value { get; }

    /// <summary><c>ONE_PARTY_TRADE_REPORT</c>.</summary>
    public static SorMatchType OnePartyTradeReport { get; } = new("ONE_PARTY_TRADE_REPORT");

    /// <inheritdoc />
    public static SorMatchType Create(string value) => new(value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? string.Empty;
}
