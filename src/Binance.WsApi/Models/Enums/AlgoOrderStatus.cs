using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>The status of a USD-M algo order. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(StringEnumJsonConverter<AlgoOrderStatus>))]
public readonly record struct AlgoOrderStatus : IStringEnum<AlgoOrderStatus>
{
    /// <summary>Wraps a wire value.</summary>
    public AlgoOrderStatus(string value) => Value = value ?? string.Empty;

    /// <inheritdoc />
    public string Value { get; }

    /// <summary><c>NEW</c>.</summary>
    public static AlgoOrderStatus New { get; } = new("NEW");

    /// <summary><c>CANCELED</c>.</summary>
    public static AlgoOrderStatus Canceled { get; } = new("CANCELED");

    /// <summary><c>TRIGGERING</c>.</summary>
    public static AlgoOrderStatus Triggering { get; } = new("TRIGGERING");

    /// <summary><c>TRIGGERED</c>.</summary>
    public static AlgoOrderStatus Triggered { get; } = new("TRIGGERED");

    /// <summary><c>WORKING</c>: a TWAP / VP order sending its child orders.</summary>
    public static AlgoOrderStatus Working { get; } = new("WORKING");

    /// <summary><c>FINISHED</c>.</summary>
    public static AlgoOrderStatus Finished { get; } = new("FINISHED");

    /// <summary><c>REJECTED</c>.</summary>
    public static AlgoOrderStatus Rejected { get; } = new("REJECTED");

    /// <summary><c>EXPIRED</c>.</summary>
    public static AlgoOrderStatus Expired { get; } = new("EXPIRED");

    /// <inheritdoc />
    public static AlgoOrderStatus Create(string value) => new(value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? string.Empty;
}
