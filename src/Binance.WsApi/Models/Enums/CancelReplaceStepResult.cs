using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>The outcome of one step (cancel or new order) of order.cancelReplace. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(StringEnumJsonConverter<CancelReplaceStepResult>))]
public readonly record struct CancelReplaceStepResult : IStringEnum<CancelReplaceStepResult>
{
    /// <summary>Wraps a wire value.</summary>
    public CancelReplaceStepResult(string value) => Value = value ?? string.Empty;

    /// <inheritdoc />
    public string Value { get; }

    /// <summary><c>SUCCESS</c>.</summary>
    public static CancelReplaceStepResult Success { get; } = new("SUCCESS");

    /// <summary><c>FAILURE</c>.</summary>
    public static CancelReplaceStepResult Failure { get; } = new("FAILURE");

    /// <summary><c>NOT_ATTEMPTED</c>.</summary>
    public static CancelReplaceStepResult NotAttempted { get; } = new("NOT_ATTEMPTED");

    /// <inheritdoc />
    public static CancelReplaceStepResult Create(string value) => new(value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? string.Empty;
}
