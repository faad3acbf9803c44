using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>What order.cancelReplace does when the cancel fails. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(StringEnumJsonConverter<CancelReplaceMode>))]
public readonly record struct CancelReplaceMode : IStringEnum<CancelReplaceMode>
{
    /// <summary>Wraps a wire value.</summary>
    public CancelReplaceMode(string value) => Value = value ?? string.Empty;

    /// <inheritdoc />
    public string Value { get; }

    /// <summary><c>STOP_ON_FAILURE</c>.</summary>
    public static CancelReplaceMode StopOnFailure { get; } = new("STOP_ON_FAILURE");

    /// <summary><c>ALLOW_FAILURE</c>.</summary>
    public static CancelReplaceMode AllowFailure { get; } = new("ALLOW_FAILURE");

    /// <inheritdoc />
    public static CancelReplaceMode Create(string value) => new(value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? string.Empty;
}
