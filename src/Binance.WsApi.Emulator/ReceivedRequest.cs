namespace Binance.WsApi.Emulator;

/// <summary>One frame a client sent to the emulator, kept so tests can check exactly what went over the wire.</summary>
/// <param name="ConnectionId">Emulator-assigned id of the connection (1, 2, … in accept order).</param>
/// <param name="Path">Request path of the connection, e.g. <c>/ws-api/v3</c>.</param>
/// <param name="Text">The frame text as received (binary frames are decoded as UTF-8).</param>
/// <param name="Method">The <c>method</c> field when the frame was a JSON object carrying a string method; otherwise <c>null</c>.</param>
/// <param name="ReceivedAt">Emulator clock time at receipt.</param>
public sealed record ReceivedRequest(long ConnectionId, string Path, string Text, string? Method, DateTimeOffset ReceivedAt);
