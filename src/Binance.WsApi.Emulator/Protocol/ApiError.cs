using System.Text.Json;

namespace Binance.WsApi.Emulator.Protocol;

/// <summary>An error answer: HTTP-like status, Binance code and message, optional <c>error.data</c> object.</summary>
/// <param name="Status">Envelope <c>status</c> (400, 401, 418, 429, …).</param>
/// <param name="Code">Binance error code (negative).</param>
/// <param name="Message">Binance message text, verbatim.</param>
/// <param name="WriteData">Writes the members of <c>error.data</c> (inside an object the writer already opened), or null.</param>
internal sealed record ApiError(int Status, int Code, string Message, Action<Utf8JsonWriter>? WriteData = null);
