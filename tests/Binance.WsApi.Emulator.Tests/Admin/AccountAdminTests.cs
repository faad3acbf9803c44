using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Binance.WsApi.Emulator.Tests.Infrastructure;

namespace Binance.WsApi.Emulator.Tests.Admin;

/// <summary>Accounts over HTTP: balances, new accounts with HMAC and Ed25519 keys, the state dump.</summary>
public sealed class AccountAdminTests : AdminTestBase
{
    [Fact]
    public async Task New_account_with_an_hmac_key_signs_requests()
    {
        const string apiKey = "bobHmacKey0000000000000001";
        const string secret = "bob-secret-not-for-logs";
        JsonElement created = await PostOkAsync("admin/accounts",
            $$$"""{"name":"bob","balances":{"USDT":"1000.5"},"keys":[{"apiKey":"{{{apiKey}}}","type":"HMAC","secret":"{{{secret}}}"}],"commission":{"maker":"0","taker":"0.002"}}""");
        Assert.Equal("bob", created.GetProperty("name").GetString());
        Assert.Equal("HMAC", created.GetProperty("apiKeys")[0].GetProperty("type").GetString());
        Assert.DoesNotContain(secret, created.GetRawText(), StringComparison.Ordinal);

        string Sign(string payload) => Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(payload)));
        JsonElement account = Ok(await SignedWithAsync(Sign, apiKey, "account.status"));
        JsonElement usdt = account.GetProperty("balances").EnumerateArray().Single(b => b.GetProperty("asset").GetString() == "USDT");
        Assert.Equal("1000.50000000", usdt.GetProperty("free").GetString());

        // A wrong signature is still refused: the key really is bound to that secret.
        AssertError(await SignedWithAsync(_ => new string('0', 64), apiKey, "account.status"), 400, -1022);
    }

    [Fact]
    public async Task New_account_with_an_ed25519_public_key_pem()
    {
        const string apiKey = "carolEd25519Key00000000001";
        string pem = JsonSerializer.Serialize(DemoAccount.Ed25519PublicKeyPem);
        await PostOkAsync("admin/accounts", $$"""{"name":"carol","keys":[{"apiKey":"{{apiKey}}","type":"ED25519","publicKeyPem":{{pem}}}]}""");

        Ok(await SignedWithAsync(payload => TestSigner.Ed25519(payload), apiKey, "account.status"));
    }

    [Fact]
    public async Task Balances_on_spot_and_futures()
    {
        JsonElement spot = await PostOkAsync("admin/balance", $$"""{"apiKey":"{{DemoAccount.HmacApiKey}}","asset":"USDT","amount":"5000.25"}""");
        Assert.Equal("5000.25000000", spot.GetProperty("free").GetString());
        Assert.Equal((5000.25m, 0m), Emulator.GetBalance(DemoAccount.HmacApiKey, "USDT"));

        await PostOkAsync("admin/balance", $$"""{"apiKey":"{{DemoAccount.HmacApiKey}}","asset":"USDT","amount":"777","market":"usdm"}""");
        Assert.Equal(777m, Emulator.GetFuturesBalance(DemoAccount.HmacApiKey, coinMargined: false, "USDT"));
        Assert.Empty(Emulator.CheckSpotInvariants());
        Assert.Empty(Emulator.CheckFuturesInvariants());
    }

    [Fact]
    public async Task State_dump_has_orders_balances_and_positions_but_no_secret()
    {
        JsonElement order = Ok(await SignedAsync("order.place",
            S("symbol", "BTCUSDT"), S("side", "BUY"), S("type", "LIMIT"), S("timeInForce", "GTC"), S("price", "50000"), S("quantity", "0.001")));

        using HttpResponseMessage response = await Http.GetAsync("admin/state");
        string text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(DemoAccount.HmacSecret, text, StringComparison.Ordinal);
        Assert.DoesNotContain("PRIVATE KEY", text, StringComparison.Ordinal);

        using JsonDocument state = JsonDocument.Parse(text);
        JsonElement demo = state.RootElement.GetProperty("accounts").EnumerateArray().Single(a => a.GetProperty("name").GetString() == DemoAccount.Name);
        Assert.Equal(3, demo.GetProperty("apiKeys").GetArrayLength());
        JsonElement open = Assert.Single(demo.GetProperty("spot").GetProperty("openOrders").EnumerateArray());
        Assert.Equal(order.GetProperty("orderId").GetInt64(), open.GetProperty("orderId").GetInt64());
        JsonElement usdt = demo.GetProperty("spot").GetProperty("balances").EnumerateArray().Single(b => b.GetProperty("asset").GetString() == "USDT");
        Assert.Equal("50.00000000", usdt.GetProperty("locked").GetString());
        Assert.Equal(JsonValueKind.Array, demo.GetProperty("usdm").GetProperty("positions").ValueKind);
        Assert.Equal(JsonValueKind.Array, demo.GetProperty("coinm").GetProperty("wallets").ValueKind);
    }
}
