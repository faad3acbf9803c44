using System.Net;
using System.Text;
using System.Text.Json;
using Binance.WsApi.Emulator.Tests.Infrastructure;

namespace Binance.WsApi.Emulator.Tests.Admin;

/// <summary>
/// What an outside user has: an emulator on the real clock, HTTP to its admin endpoints and a raw WebSocket. Nothing
/// here calls the in-process controls, so each test shows the HTTP path alone is enough.
/// </summary>
public abstract class AdminTestBase : IAsyncLifetime
{
    private int _id;

    internal ExchangeEmulator Emulator { get; private set; } = null!;

    internal HttpClient Http { get; private set; } = null!;

    internal RawWsClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Emulator = await ExchangeEmulator.StartNewAsync();
        Http = new HttpClient { BaseAddress = Emulator.HttpBaseUri, Timeout = TimeSpan.FromSeconds(10) };
        Client = await RawWsClient.ConnectAsync(Emulator.SpotUri);
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Client.DisposeAsync();
        await Emulator.DisposeAsync();
    }

    internal async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using HttpResponseMessage response = await Http.PostAsync(path, content);
        return (response.StatusCode, await ReadAsync(response));
    }

    internal async Task<JsonElement> PostOkAsync(string path, string json)
    {
        var (status, body) = await PostAsync(path, json);
        Assert.True(status == HttpStatusCode.OK, $"{path}: {status} {body}");
        return body;
    }

    internal async Task<JsonElement> GetOkAsync(string path)
    {
        using HttpResponseMessage response = await Http.GetAsync(path);
        JsonElement body = await ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode} {body}");
        return body;
    }

    /// <summary>The emulator's time as the admin clock reports it (what a signed request's timestamp must be near).</summary>
    internal async Task<long> NowAsync() => (await GetOkAsync("admin/clock")).GetProperty("now").GetInt64();

    internal async Task<JsonElement> SignedAsync(string method, params (string Name, string Json)[] parameters) =>
        await Client.RequestAsync(TestSigner.SignedRequest($"r{++_id}", method, DemoAccount.HmacApiKey, await NowAsync(), parameters));

    internal async Task<JsonElement> SignedWithAsync(Func<string, string> sign, string apiKey, string method, params (string Name, string Json)[] parameters) =>
        await Client.RequestAsync(TestSigner.SignedRequestWith(sign, $"r{++_id}", method, apiKey, await NowAsync(), parameters));

    internal Task<JsonElement> PublicAsync(string method, params (string Name, string Json)[] parameters) =>
        Client.RequestAsync($"{{\"id\":\"p{++_id}\",\"method\":\"{method}\",\"params\":{{{string.Join(",", parameters.Select(p => $"\"{p.Name}\":{p.Json}"))}}}}}");

    internal static (string, string) S(string name, string value) => (name, $"\"{value}\"");

    internal static JsonElement Ok(JsonElement response)
    {
        Assert.True(response.GetProperty("status").GetInt32() == 200, response.ToString());
        return response.GetProperty("result");
    }

    internal static void AssertError(JsonElement response, int status, int code)
    {
        Assert.True(response.GetProperty("status").GetInt32() == status, response.ToString());
        Assert.Equal(code, response.GetProperty("error").GetProperty("code").GetInt32());
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        string text = await response.Content.ReadAsStringAsync();
        using JsonDocument document = JsonDocument.Parse(text.Length == 0 ? "null" : text);
        return document.RootElement.Clone();
    }
}
