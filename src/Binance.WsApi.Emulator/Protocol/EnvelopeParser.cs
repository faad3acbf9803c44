using System.Text.Json;
using System.Text.RegularExpressions;

namespace Binance.WsApi.Emulator.Protocol;

/// <summary>
/// Validates the outer frame of a request (docs/protocol.md §1.1, §1.4) before any method logic runs: JSON object,
/// <c>id</c> type and pattern, <c>params</c> type. The method is only extracted here; whether it exists is the
/// registry's business, because that error keeps the request id.
/// </summary>
internal static partial class EnvelopeParser
{
    public const string NullId = "null";

    private static readonly JsonElement EmptyParams = JsonDocument.Parse("{}").RootElement.Clone();

    [GeneratedRegex("^[a-zA-Z0-9-_]{1,36}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    /// <summary>Parses <paramref name="utf8"/>; on failure returns the error to send (always with id null, except params errors).</summary>
    public static bool TryParse(
        ReadOnlySpan<byte> utf8,
        MarketKind market,
        out RequestEnvelope? envelope,
        out ApiError? error,
        out string errorIdJson)
    {
        envelope = null;
        error = null;
        errorIdJson = NullId;

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8.ToArray());
        }
        catch (JsonException)
        {
            error = Errors.InvalidJson();
            return false;
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = Errors.InvalidJson();
                return false;
            }

            // A missing id is treated like an explicit null: the docs call it required but say nothing of the error.
            string idJson = NullId;
            if (root.TryGetProperty("id", out JsonElement id))
            {
                // An escaped lone surrogate ("\ud800") is valid JSON but not decodable text; such an id cannot match the
                // id pattern either, so it gets the invalid-id answer (id null) instead of an exception that would
                // end the connection.
                if (!IsValidId(id))
                {
                    error = Errors.InvalidId(market);
                    return false;
                }

                idJson = id.ValueKind == JsonValueKind.Null ? NullId : id.GetRawText();
            }

            JsonElement parameters = EmptyParams;
            bool duplicate = false;
            if (root.TryGetProperty("params", out JsonElement p))
            {
                // A JSON null is read as "no params": harmless leniency for clients that always send the key.
                if (p.ValueKind == JsonValueKind.Object)
                {
                    if (FindUndecodable(p, out string? badName))
                    {
                        // Every later step (signature payload, parameter readers) decodes strings; a value with a lone
                        // surrogate would throw there. Answered like Binance's malformed-parameter JSON (-1135 naming
                        // the parameter), or the plain invalid-JSON text when the name itself is not text; id kept.
                        error = badName is null ? Errors.InvalidJson() : Errors.InvalidJsonParameter(badName);
                        errorIdJson = idJson;
                        return false;
                    }

                    parameters = p.Clone();
                    duplicate = HasDuplicateName(p);
                }
                else if (p.ValueKind != JsonValueKind.Null)
                {
                    error = Errors.InvalidParams(market);
                    errorIdJson = idJson; // observed: the params error keeps a valid id
                    return false;
                }
            }

            // A method name that cannot be decoded names no method: kept as its raw JSON text, so the registry
            // answers -1020 with the id, as for any other unknown method.
            string? method = root.TryGetProperty("method", out JsonElement m) && m.ValueKind == JsonValueKind.String
                ? TryGetString(m) ?? m.GetRawText()
                : null;

            envelope = new RequestEnvelope(idJson, method, parameters) { HasDuplicateParameter = duplicate };
            return true;
        }
    }

    /// <summary>Best-effort method name of any frame, for the received-request log.</summary>
    public static string? PeekMethod(ReadOnlySpan<byte> utf8)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool isMethod = reader.ValueTextEquals("method"u8);
                if (!reader.Read())
                {
                    return null;
                }

                if (isMethod)
                {
                    return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }

                reader.Skip();
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: a lone surrogate in the method name; the log entry simply has no method.
        }

        return null;
    }

    /// <summary>
    /// True when a name occurs twice in the params object. System.Text.Json keeps both entries and lookups return
    /// one of them, so without this check the request would run with whichever value the lookup happened to find.
    /// </summary>
    private static bool HasDuplicateName(JsonElement parameters)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonProperty property in parameters.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsValidId(JsonElement id) => id.ValueKind switch
    {
        JsonValueKind.Null => true,
        JsonValueKind.Number => id.TryGetInt64(out _),
        JsonValueKind.String => TryGetString(id) is { } text && IdPattern().IsMatch(text),
        _ => false,
    };

    /// <summary>The string, or null when it holds an escaped lone surrogate (System.Text.Json refuses to decode it).</summary>
    private static string? TryGetString(JsonElement value)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>
    /// True when a parameter's name or any string inside its value cannot be decoded; <paramref name="name"/> is that
    /// parameter's name, or null when the name itself is the problem.
    /// </summary>
    private static bool FindUndecodable(JsonElement parameters, out string? name)
    {
        name = null;
        foreach (JsonProperty property in parameters.EnumerateObject())
        {
            if (!TryGetString(property))
            {
                return true;
            }

            if (!Decodable(property.Value))
            {
                name = property.Name;
                return true;
            }
        }

        return false;
    }

    private static bool Decodable(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => TryGetString(value) is not null,
        JsonValueKind.Array => value.EnumerateArray().All(Decodable),
        JsonValueKind.Object => value.EnumerateObject().All(p => TryGetString(p) && Decodable(p.Value)),
        _ => true,
    };

    private static bool TryGetString(JsonProperty property)
    {
        try
        {
            _ = property.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
