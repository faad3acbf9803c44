using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>The status of an order. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(StringEnumJsonConverter<OrderStatus>))]
public readonly record struct OrderStatus : IStringEnum<OrderStatus>
{
    /// <summary>Wraps a wire value.</summary>
    public OrderStatus(string value) => Value = value ?? string.Empty;

    /// <inheritdoc />
    public string Value { get; }

    /// <summary><c>NEW</c>.</summary>
    public static OrderStatus New { get; } = new("NEW");

    /// <summary><c>PENDING_NEW</c>.</summary>
    public static OrderStatus PendingNew { get; } = new("PENDING_NEW");

    /// <summary><c>PARTIALLY_FILLED</c>.</summary>
    public static OrderStatus PartiallyFilled { get; } = new("PARTIALLY_FILLED");

    /// <summary><c>FILLED</c>.</summary>
    public static OrderStatus Filled { get; } = new("FILLED");

    /// <summary><c>CANCELED</c>.</summary>
    public static OrderStatus Canceled { get; } = new("CANCELED");

    /// <summary><c>PENDING_CANCEL</c>.</summary>
    public static OrderStatus PendingCancel { get; } = new("PENDING_CANCEL");

    /// <summary><c>REJECTED</c>.</summary>
    public static OrderStatus Rejected { get; } = new("REJECTED");

    /// <summary><c>EXPIRED</c>.</summary>
    public static OrderStatus Expired { get; } = new("EXPIRED");

    /// <summary><c>EXPIRED_IN_MATCH</c>.</summary>
    public static OrderStatus ExpiredInMatch { get; } = new("EXPIRED_IN_MATCH");

    /// <inheritdoc />
    public static OrderStatus Create(string value) => new(value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? string.Empty;
}
