using System.Text.Json;
using Binance.WsApi.Emulator.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Binance.WsApi.Emulator.Tests.Spot;

/// <summary>An emulator on a fake clock with an empty BTCUSDT book and a signed-request helper; asserts conservation at the end.</summary>
public abstract class SpotWsTestBase : IAsyncLifetime
{
    /// <summary>Fields that appear only when relevant (docs/protocol.md §5.4); field-set checks skip them unless a scenario makes them relevant.</summary>
    internal static readonly string[] Conditional =
    [
        "icebergQty", "preventedMatchId", "preventedQuantity", "stopPrice", "strategyId", "strategyType", "trailingDelta", "trailingTime",
        "usedSor", "workingFloor", "pegPriceType", "pegOffsetType", "pegOffsetValue", "peggedPrice", "expiryReason",
    ];

    private int _id;

    internal FakeTimeProvider Time { get; } = TestClock.Create();

    internal ExchangeEmulator Emulator { get; private set; } = null!;

    internal RawWsClient Client { get; private set; } = null!;

    /// <summary>Options a test class changes (e.g. no seeded history, so market data comes only from its own trades).</summary>
    internal virtual Action<EmulatorOptions>? Configure => null;

    public virtual async Task InitializeAsync()
    {
        Emulator = await TestClock.StartAsync(Time, Configure);
        Emulator.ClearBook("BTCUSDT");
        Client = await RawWsClient.ConnectAsync(Emulator.SpotUri);
    }

    public async Task DisposeAsync()
    {
        Assert.Empty(Emulator.CheckSpotInvariants());
        await Client.DisposeAsync();
        await Emulator.DisposeAsync();
    }

    internal Task<JsonElement> Signed(string method, params (string Name, string Json)[] parameters) =>
        Client.RequestAsync(TestSigner.SignedRequest($"r{++_id}", method, DemoAccount.HmacApiKey, Time.Ms(), parameters));

    /// <summary>An unsigned (security NONE) request.</summary>
    internal Task<JsonElement> Public(string method, params (string Name, string Json)[] parameters) =>
        Client.RequestAsync($"{{\"id\":\"p{++_id}\",\"method\":\"{method}\",\"params\":{{{string.Join(",", parameters.Select(p => $"\"{p.Name}\":{p.Json}"))}}}}}");

    internal static (string, string) S(string name, string value) => (name, $"\"{value}\"");

    internal static (string, string) N(string name, long value) => (name, value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    internal static void AssertFields(string fixture, JsonElement actual, params string[] relevant)
    {
        JsonElement expected = Fixtures.Json(fixture);
        var missing = Fixtures.PropertyPaths(expected.GetProperty("result"));
        missing.ExceptWith(Fixtures.PropertyPaths(actual.GetProperty("result")));
        missing.RemoveWhere(path => Conditional.Contains(path.Split('.')[^1]) && !relevant.Contains(path.Split('.')[^1]));
        Assert.True(missing.Count == 0, $"{fixture}: missing {string.Join(", ", missing)} in {actual}");
    }

    /// <summary>Like <see cref="AssertFields"/> for an error answer: every path of the fixture's <c>error</c> (data included) exists in ours.</summary>
    internal static void AssertErrorFields(string fixture, JsonElement actual, params string[] relevant)
    {
        var missing = Fixtures.PropertyPaths(Fixtures.Json(fixture).GetProperty("error"));
        missing.ExceptWith(Fixtures.PropertyPaths(actual.GetProperty("error")));
        missing.RemoveWhere(path => Conditional.Contains(path.Split('.')[^1]) && !relevant.Contains(path.Split('.')[^1]));
        Assert.True(missing.Count == 0, $"{fixture}: missing {string.Join(", ", missing)} in {actual}");
    }

    internal static JsonElement Ok(JsonElement response)
    {
        Assert.True(response.GetProperty("status").GetInt32() == 200, response.ToString());
        return response.GetProperty("result");
    }

    internal static void AssertError(JsonElement response, int status, int code, string message)
    {
        Assert.True(response.GetProperty("status").GetInt32() == status, response.ToString());
        Assert.Equal(code, response.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal(message, response.GetProperty("error").GetProperty("msg").GetString());
    }
}
