using System.Text.Json;
using Binance.WsApi.Emulator.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Binance.WsApi.Emulator.Tests.Futures;

/// <summary>An emulator on a fake clock with empty BTCUSDT / BTCUSD_PERP books, a client on each futures path, and the futures conservation check at the end.</summary>
public abstract class FuturesWsTestBase : IAsyncLifetime
{
    private int _id;

    internal FakeTimeProvider Time { get; } = TestClock.Create();

    internal ExchangeEmulator Emulator { get; private set; } = null!;

    internal RawWsClient UsdM { get; private set; } = null!;

    internal RawWsClient CoinM { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // Listen-key tests advance the clock by hours: keep server pings (and their pong deadlines) out of the way.
        Emulator = await TestClock.StartAsync(Time, o => o.FuturesPingInterval = TimeSpan.FromDays(1));
        Emulator.ClearFuturesBook("BTCUSDT");
        Emulator.ClearFuturesBook("BTCUSD_PERP");
        UsdM = await RawWsClient.ConnectAsync(Emulator.UsdMUri);
        CoinM = await RawWsClient.ConnectAsync(Emulator.CoinMUri);
    }

    public async Task DisposeAsync()
    {
        Assert.Empty(Emulator.CheckFuturesInvariants());
        await UsdM.DisposeAsync();
        await CoinM.DisposeAsync();
        await Emulator.DisposeAsync();
    }

    internal Task<JsonElement> Signed(RawWsClient client, string method, params (string Name, string Json)[] parameters) =>
        client.RequestAsync(TestSigner.SignedRequest($"f{++_id}", method, DemoAccount.HmacApiKey, Time.Ms(), parameters));

    internal Task<JsonElement> Public(RawWsClient client, string method, params (string Name, string Json)[] parameters)
    {
        string body = string.Join(",", parameters.Select(p => $"\"{p.Name}\":{p.Json}"));
        return client.RequestAsync($"{{\"id\":\"f{++_id}\",\"method\":\"{method}\",\"params\":{{{body}}}}}");
    }

    internal Task<JsonElement> Stream(RawWsClient client, string method) =>
        client.RequestAsync($"{{\"id\":\"f{++_id}\",\"method\":\"{method}\",\"params\":{{\"apiKey\":\"{DemoAccount.HmacApiKey}\"}}}}");

    internal static (string, string) S(string name, string value) => (name, $"\"{value}\"");

    internal static (string, string) N(string name, long value) => (name, value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Every property path of the fixture's result exists in ours, recursively; <paramref name="skip"/> names fields that only some order types carry.</summary>
    internal static void AssertFields(string fixture, JsonElement response, params string[] skip)
    {
        JsonElement expected = Fixtures.Json(fixture);
        var missing = Fixtures.PropertyPaths(expected.GetProperty("result"));
        missing.ExceptWith(Fixtures.PropertyPaths(Ok(response)));
        missing.RemoveWhere(path => skip.Contains(path.Split('.')[^1]));
        Assert.True(missing.Count == 0, $"{fixture}: missing {string.Join(", ", missing)} in {response}");
    }

    internal static JsonElement Ok(JsonElement response)
    {
        Assert.True(response.GetProperty("status").GetInt32() == 200, response.ToString());
        return response.GetProperty("result");
    }

    internal static void AssertError(JsonElement response, int code, string? message = null)
    {
        Assert.True(response.TryGetProperty("error", out JsonElement error), response.ToString());
        Assert.Equal(code, error.GetProperty("code").GetInt32());
        if (message is not null)
        {
            Assert.Equal(message, error.GetProperty("msg").GetString());
        }
    }
}
