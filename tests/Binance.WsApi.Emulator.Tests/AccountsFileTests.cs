using System.Text.Json;
using Binance.WsApi.Emulator.Accounts;
using Binance.WsApi.Emulator.Tests.Infrastructure;

namespace Binance.WsApi.Emulator.Tests;

/// <summary>The JSON accounts file: the shipped example loads, mistakes are reported clearly.</summary>
public sealed class AccountsFileTests
{
    private static string ExamplePath => Path.Combine(AppContext.BaseDirectory, "accounts.example.json");

    [Fact]
    public async Task The_example_file_serves_its_balances_and_omitZeroBalances_drops_empty_assets()
    {
        var time = TestClock.Create();
        await using var emulator = await TestClock.StartAsync(time, o => o.AccountsPath = ExamplePath);
        await using var client = await RawWsClient.ConnectAsync(emulator.SpotUri);

        var all = await client.RequestAsync(TestSigner.SignedRequest("a", "account.status", DemoAccount.RsaApiKey, time.Ms()));
        var nonZero = await client.RequestAsync(TestSigner.SignedRequest("b", "account.status", DemoAccount.RsaApiKey, time.Ms(), ("omitZeroBalances", "true")));

        Assert.Equal(["BNB", "BTC", "ETH", "USDT"], Assets(all));
        Assert.Equal(["BTC", "ETH", "USDT"], Assets(nonZero));
        Assert.Equal("1.50000000", all.GetProperty("result").GetProperty("balances")[1].GetProperty("free").GetString());
        Assert.Equal(10, all.GetProperty("result").GetProperty("makerCommission").GetInt32());
        Assert.Equal("0.00100000", all.GetProperty("result").GetProperty("commissionRates").GetProperty("maker").GetString());

        string bob = "bobHmacTestKey00000000000000000000000000000000000000000000000001";
        string payload = $"apiKey={bob}&timestamp={time.Ms()}";
        string signature = TestSigner.Hmac(payload, "bob-test-secret-not-for-real-money");
        var bobStatus = await client.RequestAsync($"{{\"id\":\"c\",\"method\":\"account.status\",\"params\":{{\"apiKey\":\"{bob}\",\"timestamp\":{time.Ms()},\"signature\":\"{signature}\"}}}}");
        Assert.Equal(["BTC", "USDT"], Assets(bobStatus));
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("{\"accounts\":[]}", "non-empty array \"accounts\"")]
    [InlineData("{\"accounts\":[{\"keys\":[]}]}", "accounts[0].name is required")]
    [InlineData("{\"accounts\":[{\"name\":\"a\",\"keys\":[]}]}", "accounts[0].keys must be a non-empty array")]
    [InlineData("{\"accounts\":[{\"name\":\"a\",\"keys\":[{\"apiKey\":\"short\",\"type\":\"HMAC\",\"secret\":\"s\"}]}]}", "accounts[0].keys[0].apiKey must be 16 to 128")]
    [InlineData("{\"accounts\":[{\"name\":\"a\",\"keys\":[{\"apiKey\":\"aaaaaaaaaaaaaaaaaaaa\",\"type\":\"DSA\"}]}]}", "accounts[0].keys[0].type must be HMAC, RSA or ED25519")]
    [InlineData("{\"accounts\":[{\"name\":\"a\",\"keys\":[{\"apiKey\":\"aaaaaaaaaaaaaaaaaaaa\",\"type\":\"HMAC\"}]}]}", "accounts[0].keys[0].secret is required")]
    [InlineData("{\"accounts\":[{\"name\":\"a\",\"keys\":[{\"apiKey\":\"aaaaaaaaaaaaaaaaaaaa\",\"type\":\"ED25519\",\"publicKeyPem\":\"garbage\"}]}]}", "accounts[0].keys[0].publicKeyPem is not a valid ED25519 public key PEM")]
    [InlineData("{\"accounts\":[{\"name\":\"a\",\"balances\":{\"BTC\":\"-1\"},\"keys\":[{\"apiKey\":\"aaaaaaaaaaaaaaaaaaaa\",\"type\":\"HMAC\",\"secret\":\"s\"}]}]}", "accounts[0].balances.BTC must not be negative")]
    [InlineData("{\"accounts\":[{\"name\":\"a\",\"balances\":{\"BTC\":\"lots\"},\"keys\":[{\"apiKey\":\"aaaaaaaaaaaaaaaaaaaa\",\"type\":\"HMAC\",\"secret\":\"s\"}]}]}", "accounts[0].balances.BTC must be a decimal")]
    [InlineData("{\"accounts\":[{\"name\":\"a\",\"commission\":{\"maker\":\"2\"},\"keys\":[{\"apiKey\":\"aaaaaaaaaaaaaaaaaaaa\",\"type\":\"HMAC\",\"secret\":\"s\"}]}]}", "accounts[0].commission.maker must be a rate")]
    [InlineData("{\"accounts\":[{\"name\":\"a\",\"keys\":[{\"apiKey\":\"aaaaaaaaaaaaaaaaaaaa\",\"type\":\"HMAC\",\"secret\":\"s\"}]},{\"name\":\"b\",\"keys\":[{\"apiKey\":\"aaaaaaaaaaaaaaaaaaaa\",\"type\":\"HMAC\",\"secret\":\"t\"}]}]}", "defined twice")]
    public void Invalid_files_are_reported_with_the_offending_path(string json, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => AccountsLoader.Parse(json, 0));

        Assert.Contains(expected, error.Message);
        Assert.DoesNotContain("secret\":\"s", error.Message);
    }

    [Fact]
    public void A_missing_file_fails_at_construction()
    {
        var error = Assert.Throws<InvalidDataException>(() => new ExchangeEmulator(new EmulatorOptions { AccountsPath = "/no/such/accounts.json" }));
        Assert.Contains("/no/such/accounts.json", error.Message);
    }

    private static string[] Assets(JsonElement response) =>
        response.GetProperty("result").GetProperty("balances").EnumerateArray().Select(b => b.GetProperty("asset").GetString()!).ToArray();
}
