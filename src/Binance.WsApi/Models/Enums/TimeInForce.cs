using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>How long an order stays working (futures add GTX, GTD, RPI). Unknown values are kept as they are.</summary>
[JsonConverter(typeof(StringEnumJsonConverter<TimeInForce>))]
public readonly record struct TimeInForce : IStringEnum<TimeInForce>
{
    /// <summary>Wraps a wire value.</summary>
    public TimeInForce(string value) => Value = value ?? string.Empty;

    /// <inheritdoc />
    public string Value { get; }

    /// <summary><c>GTC</c>.</summary>
    public static TimeInForce Gtc { get; } = new("GTC");

    /// <summary><c>IOC</c>.</summary>
    public static TimeInForce Ioc { get; } = new("IOC");

    /// <summary><c>FOK</c>.</summary>
    public static TimeInForce Fok { get; } = new("FOK");

    /// <summary><c>GTX</c>.</summary>
    public static TimeInForce Gtx { get; } = new("GTX");

    /// <summary><c>GTD</c>.</summary>
    public static TimeInForce Gtd { get; } = new("GTD");

    /// <inheritdoc />
    public static TimeInForce Create(string value) => new(value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? string.Empty;
}
