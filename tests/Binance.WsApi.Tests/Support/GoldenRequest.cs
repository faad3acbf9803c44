using System.Text;
using System.Text.Json;
using Binance.WsApi.Protocol;

namespace Binance.WsApi.Tests.Support;

/// <summary>
/// Compares the params a request model produces with the params of a documented request example: same names, same
/// JSON types, same values. The authentication fields the client adds at send time (apiKey, timestamp, recvWindow,
/// signature) are left out of the comparison; signing is covered by the signature vectors.
/// </summary>
internal static class GoldenRequest
{
    private static readonly HashSet<string> AddedAtSendTime = ["apiKey", "timestamp", "recvWindow", "signature"];

    public static string Params(WsApiParameters? parameters)
    {
        string frame = Encoding.UTF8.GetString(new RequestFrameWriter().Write(1, "m", parameters, default).Span);
        using JsonDocument doc = JsonDocument.Parse(frame);
        return doc.RootElement.TryGetProperty("params", out JsonElement p) ? p.GetRawText() : "{}";
    }

    public static void AssertMatches(string fixture, WsApiParameters? parameters, string? expectedMethod = null)
    {
        JsonElement documented = Fixtures.Json(fixture);
        if (expectedMethod is not null)
        {
            Assert.Equal(documented.GetProperty("method").GetString(), expectedMethod);
        }

        Dictionary<string, string> expected = documented.TryGetProperty("params", out JsonElement e)
            ? e.EnumerateObject().Where(p => !AddedAtSendTime.Contains(p.Name)).ToDictionary(p => p.Name, p => Normalize(p.Value))
            : [];
        using JsonDocument actualDoc = JsonDocument.Parse(Params(parameters));
        Dictionary<string, string> actual = actualDoc.RootElement.EnumerateObject()
            .Where(p => !AddedAtSendTime.Contains(p.Name)).ToDictionary(p => p.Name, p => Normalize(p.Value));
        Assert.Equal(expected.OrderBy(kv => kv.Key, StringComparer.Ordinal), actual.OrderBy(kv => kv.Key, StringComparer.Ordinal));
    }

    // Whitespace-free JSON text, so pretty-printed fixtures compare with compact frames.
    private static string Normalize(JsonElement value) => JsonSerializer.Serialize(value);
}
