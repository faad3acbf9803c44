using System.Text.Json;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Handlers;

/// <summary>What a handler produced: a result writer or an error.</summary>
internal sealed class MethodResult
{
    private MethodResult(Action<Utf8JsonWriter>? writeResult, ApiError? error)
    {
        WriteResult = writeResult;
        Error = error;
    }

    /// <summary>Writes the <c>result</c> value (an object or an array).</summary>
    public Action<Utf8JsonWriter>? WriteResult { get; }

    public ApiError? Error { get; }

    public static MethodResult Ok(Action<Utf8JsonWriter> writeResult) => new(writeResult, null);

    public static MethodResult Fail(ApiError error) => new(null, error);

    public static implicit operator MethodResult(ApiError error) => Fail(error);

    public static implicit operator ValueTask<MethodResult>(MethodResult result) => ValueTask.FromResult(result);
}
