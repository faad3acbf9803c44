using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>Restricts a cancel to orders in a given state. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(StringEnumJsonConverter<CancelRestrictions>))]
public readonly record struct CancelRestrictions : IStringEnum<CancelRestrictions>
{
    /// <summary>Wraps a wire value.</summary>
    public CancelRestrictions(string value) => Value = value ?? string.Empty;

    /// <inheritdoc />
    public string Value { get; }

    /// <summary><c>ONLY_NEW</c>.</summary>
    public static CancelRestrictions OnlyNew { get; } = new("ONLY_NEW");

    /// <summary><c>ONLY_PARTIALLY_FILLED</c>.</summary>
    public static CancelRestrictions OnlyPartiallyFilled { get; } = new("ONLY_PARTIALLY_FILLED");

    /// <inheritdoc />
    public static CancelRestrictions Create(string value) => new(value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? string.Empty;
}
