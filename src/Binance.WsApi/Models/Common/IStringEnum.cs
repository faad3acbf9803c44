namespace Binance.WsApi.Models;

/// <summary>
/// A Binance enumeration that grows over time (order types, statuses, limit types): a string with well-known values
/// as static members. A value the library does not know yet parses fine and round-trips unchanged.
/// </summary>
/// <typeparam name="TSelf">The enumeration type.</typeparam>
public interface IStringEnum<TSelf>
    where TSelf : struct, IStringEnum<TSelf>
{
    /// <summary>The wire value, for example <c>"LIMIT"</c>.</summary>
    string Value { get; }

    /// <summary>Wraps a wire value.</summary>
    static abstract TSelf Create(string value);
}
