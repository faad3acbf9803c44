using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>A futures position's margin type (sent lowercase by <c>account.position</c>). Unknown values are kept as they are.</summary>
[JsonConverter(typeof(StringEnumJsonConverter<MarginType>))]
public readonly record struct MarginType : IStringEnum<MarginType>
{
    /// <summary>Wraps a wire value.</summary>
    public MarginType(string value) => Value = value ?? string.Empty;

    /// <inheritdoc />
    public string Value { get; }

    /// <summary><c>cross</c>.</summary>
    public static MarginType Cross { get; } = new("cross");

    /// <summary><c>isolated</c>.</summary>
    public static MarginType Isolated { get; } = new("isolated");

    /// <inheritdoc />
    public static MarginType Create(string value) => new(value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? string.Empty;
}
