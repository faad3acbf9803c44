using System.Text;
using System.Text.Json;

namespace Binance.WsApi.Emulator.Auth;

/// <summary>
/// The canonical WS API signature payload (docs/protocol.md §4.2): every param except <c>signature</c>, sorted by name
/// (ordinal), <c>name=value</c> joined by <c>&amp;</c>. Values: string content for strings, the literal JSON text
/// for numbers, arrays and objects, <c>true</c>/<c>false</c> for booleans.
/// </summary>
internal static class SignaturePayload
{
    /// <summary>The documented raw UTF-8 form.</summary>
    public static byte[] Raw(JsonElement parameters) => Encoding.UTF8.GetBytes(Build(parameters, percentEncode: false));

    /// <summary>
    /// The percent-encoded form the official Python connector signs (<c>urlencode</c>: RFC 3986 unreserved kept,
    /// space as <c>+</c>). Accepted too, so that connector works against the emulator.
    /// </summary>
    public static byte[] PercentEncoded(JsonElement parameters) => Encoding.UTF8.GetBytes(Build(parameters, percentEncode: true));

    public static string Build(JsonElement parameters, bool percentEncode)
    {
        var names = new List<string>();
        foreach (JsonProperty property in parameters.EnumerateObject())
        {
            if (property.Name != "signature")
            {
                names.Add(property.Name);
            }
        }

        names.Sort(StringComparer.Ordinal);
        var text = new StringBuilder();
        foreach (string name in names)
        {
            if (text.Length > 0)
            {
                text.Append('&');
            }

            string value = ValueText(parameters.GetProperty(name));
            text.Append(percentEncode ? Encode(name) : name).Append('=').Append(percentEncode ? Encode(value) : value);
        }

        return text.ToString();
    }

    private static string ValueText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };

    private static string Encode(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (byte b in Encoding.UTF8.GetBytes(text))
        {
            char c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-' or '~')
            {
                result.Append(c);
            }
            else if (c == ' ')
            {
                result.Append('+');
            }
            else
            {
                result.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return result.ToString();
    }
}
