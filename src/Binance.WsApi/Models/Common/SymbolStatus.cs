using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>A symbol's trading status. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(StringEnumJsonConverter<SymbolStatus>))]
public readonly record struct SymbolStatus : IStringEnum<SymbolStatus>
{
    /// <summary>Wraps a wire value.</summary>
    public SymbolStatus(string value) => Value = value ?? string.Empty;

    /// <inheritdoc />
    public string Value { get; }

    /// <summary><c>TRADING</c>.</summary>
    public static SymbolStatus Trading { get; } = new("TRADING");

    /// <summary><c>END_OF_DAY</c>.</summary>
    public static SymbolStatus EndOfDay { get; } = new("END_OF_DAY");

    /// <summary><c>HALT</c>.</summary>
    public static SymbolStatus Halt { get; } = new("HALT");

    /// <summary><c>BREAK</c>.</summary>
    public static SymbolStatus Break { get; } = new("BREAK");

    /// <summary><c>PRE_TRADING</c>.</summary>
    public static SymbolStatus PreTrading { get; } = new("PRE_TRADING");

    /// <summary><c>POST_TRADING</c>.</summary>
    public static SymbolStatus PostTrading { get; } = new("POST_TRADING");

    /// <summary><c>AUCTION_MATCH</c>.</summary>
    public static SymbolStatus AuctionMatch { get; } = new("AUCTION_MATCH");

    /// <inheritdoc />
    public static SymbolStatus Create(string value) => new(value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? string.Empty;
}
