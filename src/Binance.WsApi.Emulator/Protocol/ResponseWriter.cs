using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Binance.WsApi.Emulator.Protocol;

/// <summary>
/// Writes response and event frames with <see cref="Utf8JsonWriter"/>. Binance sends quotes, apostrophes and
/// non-ASCII symbols unescaped, so the writer uses the relaxed encoder: messages come out byte-for-byte as documented.
/// </summary>
internal static class ResponseWriter
{
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = false,
    };

    public static byte[] Success(string idJson, Action<Utf8JsonWriter> writeResult, IReadOnlyList<RateLimitUsage>? rateLimits)
        => Write(writer =>
        {
            writer.WriteStartObject();
            WriteHead(writer, idJson, 200);
            writer.WritePropertyName("result");
            writeResult(writer);
            WriteRateLimits(writer, rateLimits);
            writer.WriteEndObject();
        });

    public static byte[] Error(string idJson, ApiError error, IReadOnlyList<RateLimitUsage>? rateLimits)
        => Write(writer =>
        {
            writer.WriteStartObject();
            WriteHead(writer, idJson, error.Status);
            writer.WriteStartObject("error");
            writer.WriteNumber("code", error.Code);
            writer.WriteString("msg", error.Message);
            if (error.WriteData is not null)
            {
                writer.WriteStartObject("data");
                error.WriteData(writer);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            WriteRateLimits(writer, rateLimits);
            writer.WriteEndObject();
        });

    /// <summary>A connection-level push: <c>{"event":{…}}</c>.</summary>
    public static byte[] Event(Action<Utf8JsonWriter> writeEventMembers)
        => Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartObject("event");
            writeEventMembers(writer);
            writer.WriteEndObject();
            writer.WriteEndObject();
        });

    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteHead(Utf8JsonWriter writer, string idJson, int status)
    {
        writer.WritePropertyName("id");
        writer.WriteRawValue(idJson, skipInputValidation: true);
        writer.WriteNumber("status", status);
    }

    private static void WriteRateLimits(Utf8JsonWriter writer, IReadOnlyList<RateLimitUsage>? rateLimits)
    {
        if (rateLimits is null)
        {
            return;
        }

        writer.WriteStartArray("rateLimits");
        foreach (RateLimitUsage usage in rateLimits)
        {
            writer.WriteStartObject();
            writer.WriteString("rateLimitType", usage.RateLimitType);
            writer.WriteString("interval", usage.Interval);
            writer.WriteNumber("intervalNum", usage.IntervalNum);
            writer.WriteNumber("limit", usage.Limit);
            writer.WriteNumber("count", usage.Count);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
