using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Binance.WsApi.Emulator.Hosting.Admin;

/// <summary>
/// Reads the JSON object body of an admin request. Every problem is an <see cref="ArgumentException"/> whose message
/// names the field, answered 400 by the router. Amounts are read from their text (string or number), never through
/// <c>double</c>, so <c>"0.1"</c> stays exactly 0.1.
/// </summary>
internal static class AdminBody
{
    // Generous for a seeded book of a few thousand levels; a runaway client should not fill memory.
    private const int MaxBytes = 1024 * 1024;

    public static async Task<JsonDocument> ReadAsync(HttpContext context)
    {
        if (context.Request.ContentLength > MaxBytes)
        {
            throw new ArgumentException($"The body is larger than {MaxBytes} bytes.");
        }

        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
        if (buffer.Length > MaxBytes)
        {
            throw new ArgumentException($"The body is larger than {MaxBytes} bytes.");
        }

        if (buffer.Length == 0)
        {
            throw new ArgumentException("A JSON object body is required (see GET /admin for an example).");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(buffer.ToArray());
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"The body is not valid JSON ({e.Message}).", e);
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            throw new ArgumentException("The body must be a JSON object.");
        }

        return document;
    }

    public static string RequiredString(JsonElement body, string name) =>
        OptionalString(body, name) ?? throw new ArgumentException($"'{name}' is required (a non-empty string).");

    public static string? OptionalString(JsonElement body, string name)
    {
        if (!body.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            throw new ArgumentException($"'{name}' must be a non-empty string.");
        }

        return value.GetString();
    }

    public static decimal RequiredDecimal(JsonElement body, string name) =>
        OptionalDecimal(body, name) ?? throw new ArgumentException($"'{name}' is required (a decimal, e.g. \"1.5\").");

    public static decimal? OptionalDecimal(JsonElement body, string name) =>
        body.TryGetProperty(name, out JsonElement value) && value.ValueKind != JsonValueKind.Null ? Decimal(value, name) : null;

    public static decimal Decimal(JsonElement value, string name)
    {
        string? text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        if (text is null || !decimal.TryParse(text, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out decimal result))
        {
            throw new ArgumentException($"'{name}' must be a decimal, e.g. \"1.5\".");
        }

        return result;
    }

    public static bool? OptionalBool(JsonElement body, string name)
    {
        if (!body.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new ArgumentException($"'{name}' must be true or false."),
        };
    }

    public static bool RequiredBool(JsonElement body, string name) =>
        OptionalBool(body, name) ?? throw new ArgumentException($"'{name}' is required (true or false).");

    public static long? OptionalLong(JsonElement body, string name)
    {
        if (!body.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out long result))
        {
            throw new ArgumentException($"'{name}' must be an integer.");
        }

        return result;
    }

    public static long RequiredLong(JsonElement body, string name) =>
        OptionalLong(body, name) ?? throw new ArgumentException($"'{name}' is required (an integer).");
}
