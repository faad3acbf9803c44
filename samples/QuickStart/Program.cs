using System.Text.Json;
using Binance.WsApi;
using Binance.WsApi.Emulator;
using Binance.WsApi.Models;

// The regions marked "readme:" are copied verbatim into the README's "First steps"; a test keeps them equal.
#region readme:emulator
await using ExchangeEmulator emulator = await ExchangeEmulator.StartNewAsync();   // 127.0.0.1, OS-chosen port
var options = new WebSocketApiClientOptions
{
    // The emulator's demo account: public test keys, never real ones.
    Credentials = ApiCredentials.Ed25519(DemoAccount.Ed25519ApiKey, DemoAccount.Ed25519PrivateKeyPem),
};
options.EndpointUrls[WsApiEndpoint.Spot] = emulator.SpotUri;
#endregion

#region readme:first-steps
await using var client = new WebSocketApiClient(options);
await client.ConnectAsync(WsApiEndpoint.Spot);               // optional: the first call connects lazily
await client.TestSpotConnectivityAsync();                    // ping
WsApiResponse<ServerTime> time = await client.GetSpotServerTimeAsync();
SpotOrderBook book = (await client.GetSpotOrderBookAsync(new SpotOrderBookRequest("BTCUSDT") { Limit = 5 })).Result;
Console.WriteLine($"server time {time.Result.Time:HH:mm:ss.fff}, BTCUSDT bid {book.Bids[0].Price} / ask {book.Asks[0].Price}");
#endregion

#region readme:send-any
WsApiResponse<JsonElement> raw = await client.SendAsync(WsApiEndpoint.Spot, "account.status",
    new WsApiParameters().Add("omitZeroBalances", true), WsApiSecurity.Signed);
#endregion
Console.WriteLine($"account.status: {raw.Status}");

return 0;

// Not run here (no such keys offline); compiled so that the README's key examples stay valid.
#pragma warning disable CS8321 // The local function is declared but never used.
static WebSocketApiClient[] KeyKinds(string apiKey, string secret, string secretOrPem)
{
    #region readme:keys
    // Ed25519 (recommended): the connection logs on once with session.logon; later requests carry only a timestamp.
    var ed25519 = new WebSocketApiClient(new() { Credentials = ApiCredentials.Ed25519(apiKey, File.ReadAllText("ed25519-private.pem")) });

    // HMAC: every signed request carries an HMAC-SHA256 signature.
    var hmac = new WebSocketApiClient(new() { Credentials = ApiCredentials.Hmac(apiKey, secret) });

    // RSA: every signed request carries an RSASSA-PKCS1-v1_5/SHA-256 signature.
    var rsa = new WebSocketApiClient(new() { Credentials = ApiCredentials.Rsa(apiKey, File.ReadAllText("rsa-private.pem")) });

    // Or let the key material decide: a PEM key is RSA or Ed25519 by its algorithm, anything else is an HMAC secret.
    var any = ApiCredentials.FromKey(apiKey, secretOrPem);
    #endregion
    return [ed25519, hmac, rsa, new WebSocketApiClient(new() { Credentials = any })];
}
