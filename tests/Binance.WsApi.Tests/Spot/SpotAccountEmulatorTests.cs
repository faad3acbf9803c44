using System.Text.Json;
using Binance.WsApi.Emulator;
using Binance.WsApi.Tests.Support;

namespace Binance.WsApi.Tests.Spot;

/// <summary>The spot account and session methods the emulator already answers, end to end over loopback.</summary>
public class SpotAccountEmulatorTests
{
    public static TheoryData<string> KeyTypes => new() { "HMAC", "RSA", "Ed25519" };

    private static ApiCredentials Credentials(string keyType) => keyType switch
    {
        "HMAC" => EmulatorHarness.Hmac,
        "RSA" => EmulatorHarness.Rsa,
        _ => EmulatorHarness.Ed25519,
    };

    [Theory]
    [MemberData(nameof(KeyTypes))]
    public async Task Account_information_is_signed_and_typed(string keyType)
    {
        await using var h = await EmulatorHarness.StartAsync(Credentials(keyType));
        WsApiResponse<SpotAccountInformation> response = await h.Client.GetSpotAccountInformationAsync();
        SpotAccountInformation account = response.Result;
        Assert.Equal("SPOT", account.AccountType);
        Assert.True(account.CanTrade);
        Assert.NotEmpty(account.Balances);
        Assert.True(account.Uid > 0);
        Assert.Contains(response.RateLimits, r => r.RateLimitType == RateLimitType.RequestWeight);

        ReceivedRequest sent = await h.Emulator.WaitForRequestAsync(r => r.Method == "account.status", EmulatorHarness.Wait);
        using var doc = JsonDocument.Parse(sent.Text);
        JsonElement p = doc.RootElement.GetProperty("params");
        Assert.True(p.TryGetProperty("timestamp", out _));
        Assert.Equal(keyType != "Ed25519", p.TryGetProperty("signature", out _));
    }

    [Fact]
    public async Task Omitting_zero_balances_is_sent_and_honoured()
    {
        await using var h = await EmulatorHarness.StartAsync(EmulatorHarness.Hmac);
        SpotAccountInformation all = (await h.Client.GetSpotAccountInformationAsync()).Result;
        SpotAccountInformation nonZero = (await h.Client.GetSpotAccountInformationAsync(new SpotAccountInformationRequest { OmitZeroBalances = true })).Result;
        Assert.All(nonZero.Balances, b => Assert.True(b.Total != 0m));
        Assert.Equal(all.Balances.Count(b => b.Total != 0m), nonZero.Balances.Count);

        ReceivedRequest sent = await h.Emulator.WaitForRequestAsync(r => r.Method == "account.status" && r.Text.Contains("omitZeroBalances", StringComparison.Ordinal),
            EmulatorHarness.Wait);
        Assert.Contains("\"omitZeroBalances\":true", sent.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Account_information_without_credentials_fails_before_sending()
    {
        await using var h = await EmulatorHarness.StartAsync();
        await Assert.ThrowsAsync<InvalidOperationException>(() => h.Client.GetSpotAccountInformationAsync());
    }

    [Fact]
    public async Task Logout_leaves_the_connection_logged_off_and_a_later_signed_call_logs_on_again()
    {
        await using var h = await EmulatorHarness.StartAsync(EmulatorHarness.Ed25519);
        await h.Client.ConnectAsync(WsApiEndpoint.Spot);
        WsApiConnection connection = h.Client.GetWsClient()[WsApiEndpoint.Spot];
        Assert.True(connection.IsLoggedOn);

        WsApiResponse<SessionStatus> logout = await h.Client.LogoutSpotSessionAsync();
        Assert.False(logout.Result.IsLoggedOn);
        Assert.False(connection.IsLoggedOn);
        Assert.Equal(ConnectionState.Ready, connection.State);
        Assert.False((await h.Client.GetSpotSessionStatusAsync()).Result.IsLoggedOn);

        ReceivedRequest sent = await h.Emulator.WaitForRequestAsync(r => r.Method == "session.logout", EmulatorHarness.Wait);
        Assert.Equal($$"""{"id":{{logout.Id}},"method":"session.logout"}""", sent.Text);

        // A signed request after the logout must not go out timestamp-only on a logged-off socket: it logs on first.
        SpotAccountInformation account = (await h.Client.GetSpotAccountInformationAsync()).Result;
        Assert.NotEmpty(account.Balances);
        Assert.True(connection.IsLoggedOn);
        Assert.Equal(2, h.Emulator.ReceivedRequests.Count(r => r.Method == "session.logon"));
        Assert.Equal(DemoAccount.Ed25519ApiKey, (await h.Client.GetSpotSessionStatusAsync()).Result.ApiKey);
    }

    [Fact]
    public async Task Logout_stops_the_automatic_logon_after_a_reconnect()
    {
        await using var h = await EmulatorHarness.StartAsync(EmulatorHarness.Ed25519);
        await h.Client.ConnectAsync(WsApiEndpoint.Spot);
        await h.Client.LogoutSpotSessionAsync();

        await h.Emulator.Faults.DropConnectionsAsync();
        await h.Events.WaitForLifecycleAsync("reconnected");
        await h.Client.TestSpotConnectivityAsync();
        Assert.False(h.Client.GetWsClient()[WsApiEndpoint.Spot].IsLoggedOn);
        Assert.Equal(1, h.Emulator.ReceivedRequests.Count(r => r.Method == "session.logon"));
    }

    [Fact]
    public async Task Logout_of_a_connection_that_never_logged_on_just_reports_the_status()
    {
        await using var h = await EmulatorHarness.StartAsync();
        WsApiResponse<SessionStatus> logout = await h.Client.LogoutSpotSessionAsync();
        Assert.False(logout.Result.IsLoggedOn);
        Assert.True(logout.Result.ConnectedSince > 0);
        Assert.False(h.Client.GetWsClient()[WsApiEndpoint.Spot].IsLoggedOn);
    }

    [Fact]
    public async Task Session_methods_refuse_a_futures_endpoint()
    {
        await using var h = await EmulatorHarness.StartAsync();
        await Assert.ThrowsAsync<ArgumentException>(() => h.Client.LogoutSpotSessionAsync(WsApiEndpoint.UsdM));
        await Assert.ThrowsAsync<ArgumentException>(() => h.Client.GetSpotSessionSubscriptionsAsync(WsApiEndpoint.CoinM));
    }
}
