using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>The status of the orders of an order list. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(StringEnumJsonConverter<ListOrderStatus>))]
public readonly record struct ListOrderStatus : IStringEnum<ListOrderStatus>
{
    /// <summary>Wraps a wire value.</summary>
    public ListOrderStatus(string value) => Value = value ?? string.Empty;

    /// <inheritdoc />
    public string Value { get; }

    /// <summary><c>EXECUTING</c>.</summary>
    public static ListOrderStatus Executing { get; } = new("EXECUTING");

    /// <summary><c>ALL_DONE</c>.</summary>
    public static ListOrderStatus AllDone { get; } = new("ALL_DONE");

    /// <summary><c>REJECT</c>.</summary>
    public static ListOrderStatus Reject { get; } = new("REJECT");

    /// <inheritdoc />
    public static ListOrderStatus Create(string value) => new(value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? string.Empty;
}
