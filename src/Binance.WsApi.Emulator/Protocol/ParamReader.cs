using System.Globalization;
using System.Text.Json;

namespace Binance.WsApi.Emulator.Protocol;

/// <summary>Typed access to request parameters with Binance's error for each way a value can be wrong.</summary>
internal static class ParamReader
{
    public static bool Has(JsonElement parameters, string name) =>
        parameters.TryGetProperty(name, out JsonElement value) && value.ValueKind != JsonValueKind.Null;

    /// <summary>A string parameter; absent → null; present but not a non-empty string → -1102.</summary>
    public static string? OptionalString(JsonElement parameters, string name, out ApiError? error)
    {
        error = null;
        if (!parameters.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String || value.GetString() is not { Length: > 0 } text)
        {
            error = Errors.MandatoryParameter(name);
            return null;
        }

        return text;
    }

    /// <summary>A boolean given as JSON true/false or as the strings "true"/"false" (futures style); absent → null.</summary>
    public static bool? OptionalBoolean(JsonElement parameters, string name, out ApiError? error)
    {
        error = null;
        if (!parameters.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.String when string.Equals(value.GetString(), "true", StringComparison.OrdinalIgnoreCase):
                return true;
            case JsonValueKind.String when string.Equals(value.GetString(), "false", StringComparison.OrdinalIgnoreCase):
                return false;
            default:
                error = Errors.InvalidParameter(name);
                return null;
        }
    }

    /// <summary>A number given as a JSON number or numeric string, read exactly as decimal; absent → null; malformed → -1102.</summary>
    public static decimal? OptionalDecimal(JsonElement parameters, string name, out ApiError? error)
    {
        error = null;
        if (!parameters.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        string? text = value.ValueKind switch
        {
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.String => value.GetString(),
            _ => null,
        };
        if (string.IsNullOrEmpty(text)
            || !decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign | NumberStyles.AllowExponent,
                CultureInfo.InvariantCulture, out decimal result))
        {
            error = Errors.MandatoryParameter(name);
            return null;
        }

        return result;
    }

    /// <summary>An integer given as a JSON number or numeric string (the docs' examples send both); absent → null; malformed → -1102.</summary>
    public static long? OptionalLong(JsonElement parameters, string name, out ApiError? error)
    {
        error = null;
        if (!parameters.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        string? text = value.ValueKind switch
        {
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.String => value.GetString(),
            _ => null,
        };
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long result))
        {
            error = Errors.MandatoryParameter(name);
            return null;
        }

        return result;
    }

    /// <summary>Number of decimal places a value was given with (1.500 → 3), read from its text.</summary>
    public static int Scale(decimal value) => (decimal.GetBits(value)[3] >> 16) & 0xFF;
}
