using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>The kind of an order list. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(StringEnumJsonConverter<ContingencyType>))]
public readonly record struct ContingencyType : IStringEnum<ContingencyType>
{
    /// <summary>Wraps a wire value.</summary>
    public ContingencyType(string value) => Value = value ?? string.Empty;

    /// <inheritdoc />
    public string Value { get; }

    /// <summary><c>OCO</c>.</summary>
    public static ContingencyType Oco { get; } = new("OCO");

    /// <summary><c>OTO</c>.</summary>
    public static ContingencyType Oto { get; } = new("OTO");

    /// <inheritdoc />
    public static ContingencyType Create(string value) => new(value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? string.Empty;
}
