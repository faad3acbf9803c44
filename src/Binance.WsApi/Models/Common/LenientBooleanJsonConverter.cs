using System.Text.Json;
using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>
/// Reads a flag that Binance sends as a JSON boolean in some results and as the string <c>"true"</c>/<c>"false"</c> in
/// others (futures <c>isAutoAddMargin</c>), so a model has one <see cref="bool"/> whatever the wire form.
/// </summary>
internal sealed class LenientBooleanJsonConverter : JsonConverter<bool>
{
    /// <inheritdoc />
    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.String when reader.ValueTextEquals("true"u8) || reader.ValueTextEquals("TRUE"u8) => true,
        JsonTokenType.String when reader.ValueTextEquals("false"u8) || reader.ValueTextEquals("FALSE"u8) => false,
        _ => throw new JsonException($"Expected a boolean or \"true\"/\"false\", found {reader.TokenType}."),
    };

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) => writer.WriteBooleanValue(value);
}
