using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>The status of an order list. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(StringEnumJsonConverter<ListStatusType>))]
public readonly record struct ListStatusType : IStringEnum<ListStatusType>
{
    /// <summary>Wraps a wire value.</summary>
    public ListStatusType(string value) => Value = value ?? string.Empty;

    /// <inheritdoc />
    public string Value { get; }

    /// <summary><c>RESPONSE</c>.</summary>
    public static ListStatusType Response { get; } = new("RESPONSE");

    /// <summary><c>EXEC_STARTED</c>.</summary>
    public static ListStatusType ExecStarted { get; } = new("EXEC_STARTED");

    /// <summary><c>UPDATED</c>.</summary>
    public static ListStatusType Updated { get; } = new("UPDATED");

    /// <summary><c>ALL_DONE</c>.</summary>
    public static ListStatusType AllDone { get; } = new("ALL_DONE");

    /// <inheritdoc />
    public static ListStatusType Create(string value) => new(value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? string.Empty;
}
