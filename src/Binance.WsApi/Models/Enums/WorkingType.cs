using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>Which price triggers a futures conditional order. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(StringEnumJsonConverter<WorkingType>))]
public readonly record struct WorkingType : IStringEnum<WorkingType>
{
    /// <summary>Wraps a wire value.</summary>
    public WorkingType(string value) => Value = value ?? string.Empty;

    /// <inheritdoc />
    public string Value { get; }

    /// <summary><c>MARK_PRICE</c>.</summary>
    public static WorkingType MarkPrice { get; } = new("MARK_PRICE");

    /// <summary><c>CONTRACT_PRICE</c>.</summary>
    public static WorkingType ContractPrice { get; } = new("CONTRACT_PRICE");

    /// <inheritdoc />
    public static WorkingType Create(string value) => new(value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? string.Empty;
}
