using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>Where an order works: on the exchange's book or through smart order routing. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(StringEnumJsonConverter<WorkingFloor>))]
public readonly record struct WorkingFloor : IStringEnum<WorkingFloor>
{
    /// <summary>Wraps a wire value.</summary>
    public WorkingFloor(string value) => Value = value ?? string.Empty;

    /// <inheritdoc />
    public string Value { get; }

    /// <summary><c>EXCHANGE</c>.</summary>
    public static WorkingFloor Exchange { get; } = new("EXCHANGE");

    /// <summary><c>SOR</c>.</summary>
    public static WorkingFloor Sor { get; } = new("SOR");

    /// <inheritdoc />
    public static WorkingFloor Create(string value) => new(value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? string.Empty;
}
