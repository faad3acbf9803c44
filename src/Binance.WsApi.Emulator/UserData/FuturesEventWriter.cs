using System.Text.Json;

namespace Binance.WsApi.Emulator.UserData;

/// <summary>Futures user data events as Binance sends them on the listen-key stream: unwrapped JSON objects, decimals as strings.</summary>
internal static class FuturesEventWriter
{
    public static byte[] ListenKeyExpired(string listenKey, long nowMs) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("e", "listenKeyExpired");
        w.WriteNumber("E", nowMs);
        w.WriteString("listenKey", listenKey);
        w.WriteEndObject();
    });

    internal static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
