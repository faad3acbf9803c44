using System.Globalization;
using System.Text.Json;
using Binance.WsApi.Protocol;

namespace Binance.WsApi.Tests.Support;

/// <summary>
/// Golden comparison for order placements. Like <see cref="GoldenRequest"/> (send-time auth fields ignored), with two
/// tolerances, each narrow and opt-in:
/// <list type="bullet">
/// <item>client order ids the client generated (a <c>…ClientOrderId</c> param, or the futures algo order's
/// <c>clientAlgoId</c>, absent from the documented example whose value starts with <see cref="Prefix"/>) are the only
/// extra params allowed;</item>
/// <item><paramref name="looseNumbers"/>: some documented examples write a decimal as a bare JSON number
/// (<c>"quantity": 1</c>) or an id as a string (<c>"orderId": "23"</c>); the client always sends decimals as strings
/// and ids as numbers (docs/protocol.md §4.2), so with this flag a number and a string of the same value compare equal.</item>
/// </list>
/// </summary>
internal static class OrderGoldenRequest
{
    public const string Prefix = "gold-";

    private static readonly HashSet<string> AddedAtSendTime = ["apiKey", "timestamp", "recvWindow", "signature"];

    public static ClientOrderIdGenerator Ids() => new(Prefix);

    /// <summary>Asserts the params match and returns the names of the client order ids that were generated.</summary>
    public static IReadOnlyList<string> AssertMatches(string fixture, WsApiParameters parameters, string expectedMethod, bool looseNumbers = false)
    {
        JsonElement documented = Fixtures.Json(fixture);
        Assert.Equal(expectedMethod, documented.GetProperty("method").GetString());
        Dictionary<string, JsonElement> expected = documented.GetProperty("params").EnumerateObject()
            .Where(p => !AddedAtSendTime.Contains(p.Name)).ToDictionary(p => p.Name, p => p.Value.Clone());
        using JsonDocument actualDoc = JsonDocument.Parse(GoldenRequest.Params(parameters));
        Dictionary<string, JsonElement> actual = actualDoc.RootElement.EnumerateObject()
            .Where(p => !AddedAtSendTime.Contains(p.Name)).ToDictionary(p => p.Name, p => p.Value.Clone());

        var generated = new List<string>();
        foreach ((string name, JsonElement value) in actual)
        {
            if (!expected.ContainsKey(name))
            {
                Assert.True((name.EndsWith("ClientOrderId", StringComparison.Ordinal) || name == "clientAlgoId") && value.ValueKind == JsonValueKind.String
                    && value.GetString()!.StartsWith(Prefix, StringComparison.Ordinal),
                    $"Unexpected param '{name}' = {value.GetRawText()} (not in {fixture}).");
                generated.Add(name);
            }
        }

        foreach ((string name, JsonElement value) in expected)
        {
            Assert.True(actual.TryGetValue(name, out JsonElement mine), $"Param '{name}' of {fixture} is missing.");
            if (!Same(value, mine, looseNumbers))
            {
                Assert.Fail($"Param '{name}': documented {value.GetRawText()}, sent {mine.GetRawText()}.");
            }
        }

        return generated;
    }

    private static bool Same(JsonElement documented, JsonElement sent, bool looseNumbers)
    {
        if (JsonSerializer.Serialize(documented) == JsonSerializer.Serialize(sent))
        {
            return true;
        }

        return looseNumbers && Number(documented) is { } a && Number(sent) is { } b && a == b
            && documented.ValueKind != sent.ValueKind;
    }

    private static decimal? Number(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Number => e.GetDecimal(),
        JsonValueKind.String when decimal.TryParse(e.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out decimal d) => d,
        _ => null,
    };
}
