using System.Text.Json;
using Binance.WsApi.Emulator.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Binance.WsApi.Emulator.Tests.UserData;

/// <summary>An emulator on a fake clock, an empty BTCUSDT book and a <see cref="StreamClient"/>; asserts conservation at the end.</summary>
public abstract class UserDataTestBase : IAsyncLifetime
{
    private int _id;

    internal FakeTimeProvider Time { get; } = TestClock.Create();

    internal ExchangeEmulator Emulator { get; private set; } = null!;

    internal StreamClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Emulator = await TestClock.StartAsync(Time);
        Emulator.ClearBook("BTCUSDT");
        Client = await StreamClient.ConnectAsync(Emulator.SpotUri);
    }

    public async Task DisposeAsync()
    {
        Assert.Empty(Emulator.CheckSpotInvariants());
        await Client.DisposeAsync();
        await Emulator.DisposeAsync();
    }

    internal Task<JsonElement> Signed(string method, params (string Name, string Json)[] parameters) =>
        SignedWith(DemoAccount.HmacApiKey, method, parameters);

    internal Task<JsonElement> SignedWith(string apiKey, string method, params (string Name, string Json)[] parameters) =>
        Client.RequestAsync(TestSigner.SignedRequest($"r{++_id}", method, apiKey, Time.Ms(), parameters));

    internal Task<JsonElement> Public(string method, params (string Name, string Json)[] parameters) =>
        Client.RequestAsync($"{{\"id\":\"p{++_id}\",\"method\":\"{method}\",\"params\":{{{string.Join(",", parameters.Select(p => $"\"{p.Name}\":{p.Json}"))}}}}}");

    /// <summary>userDataStream.subscribe.signature with the HMAC key; returns the subscription id.</summary>
    internal async Task<int> SubscribeAsync(string apiKey = DemoAccount.HmacApiKey) =>
        Ok(await SignedWith(apiKey, "userDataStream.subscribe.signature")).GetProperty("subscriptionId").GetInt32();

    internal static (string, string) S(string name, string value) => (name, $"\"{value}\"");

    internal static (string, string) N(string name, long value) => (name, value.ToString(System.Globalization.CultureInfo.InvariantCulture));

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

    /// <summary>The event object of a pushed frame, after checking its subscription id.</summary>
    internal static JsonElement Event(JsonElement frame, int subscriptionId, string type)
    {
        Assert.Equal(subscriptionId, frame.GetProperty("subscriptionId").GetInt32());
        JsonElement e = frame.GetProperty("event");
        Assert.True(e.GetProperty("e").GetString() == type, $"expected {type}, got {frame}");
        return e;
    }

    /// <summary>The frame has exactly the fixture's members (wrapper and event), minus or plus the named conditional ones.</summary>
    internal static void AssertSameFields(string fixture, JsonElement frame, string[]? absent = null, string[]? extra = null)
    {
        var expected = Fixtures.PropertyPaths(Fixtures.Json(fixture));
        expected.ExceptWith((absent ?? []).Select(f => "event." + f));
        expected.UnionWith((extra ?? []).Select(f => "event." + f));
        Assert.Equal(string.Join(",", expected), string.Join(",", Fixtures.PropertyPaths(frame)));
    }

    internal static string Str(JsonElement e, string name) => e.GetProperty(name).GetString()!;
}
