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
                if (!IsValidId(id))
                {
                    error = Errors.InvalidId(market);
                    return false;
                }

                idJson = id.ValueKind == JsonValueKind.Null ? NullId : id.GetRawText();
            }

            JsonElement parameters = EmptyParams;
            if (root.TryGetProperty("params", out JsonElement p))
            {
                // A JSON null is read as "no params": harmless leniency for clients that always send the key.
                if (p.ValueKind == JsonValueKind.Object)
                {
                    parameters = p.Clone();
                }
                else if (p.ValueKind != JsonValueKind.Null)
                {
                    error = Errors.InvalidParams(market);
                    errorIdJson = idJson; // observed: the params error keeps a valid id
                    return false;
                }
            }

            string? method = root.TryGetProperty("method", out JsonElement m) && m.ValueKind == JsonValueKind.String
                ? m.GetString()
                : null;

            envelope = new RequestEnvelope(idJson, method, parameters);
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
        catch (JsonException)
        {
        }

        return null;
    }

    private static bool IsValidId(JsonElement id) => id.ValueKind switch
    {
        JsonValueKind.Null => true,
        JsonValueKind.Number => id.TryGetInt64(out _),
        JsonValueKind.String => IdPattern().IsMatch(id.GetString()!),
        _ => false,
    };
}
