using System.Text.Json;
using Binance.WsApi.Emulator.Tests.Infrastructure;

namespace Binance.WsApi.Emulator.Tests;

/// <summary>State that grows with traffic is bounded: the request log by entries and characters, per-connection state by disconnects.</summary>
public sealed class BoundedStateTests
{
    [Fact]
    public async Task Request_log_never_exceeds_its_entry_cap_or_character_budget()
    {
        await using var emulator = await ExchangeEmulator.StartNewAsync(new EmulatorOptions { RequestLogCapacity = 5, RequestLogMaxChars = 1_100 });
        await using var client = await RawWsClient.ConnectAsync(emulator.SpotUri);
        string padding = new('x', 300);

        for (int i = 0; i < 20; i++)
        {
            await client.RequestAsync($"{{\"id\":{i},\"method\":\"ping\",\"params\":{{\"pad\":\"{padding}\"}}}}");
            Assert.True(emulator.Services.RequestLog.Count <= 5);
            Assert.True(emulator.Services.RequestLog.Chars <= 1_100, $"{emulator.Services.RequestLog.Chars} chars after frame {i}");
        }

        IReadOnlyList<ReceivedRequest> kept = emulator.ReceivedRequests;
        Assert.Equal(3, kept.Count); // three frames of 345 characters fit the budget of 1,100
        Assert.Contains("\"id\":19", kept[^1].Text);

        // A frame bigger than the whole budget is still kept, alone.
        await client.RequestAsync($"{{\"id\":99,\"method\":\"ping\",\"params\":{{\"pad\":\"{new string('y', 5_000)}\"}}}}");
        Assert.Contains("\"id\":99", Assert.Single(emulator.ReceivedRequests).Text);
    }

    [Fact]
    public async Task Log_keeps_at_most_the_configured_number_of_frames()
    {
        await using var emulator = await ExchangeEmulator.StartNewAsync(new EmulatorOptions { RequestLogCapacity = 50 });
        await using var client = await RawWsClient.ConnectAsync(emulator.SpotUri);
        for (int i = 0; i < 120; i++)
        {
            await client.SendAsync($"{{\"id\":{i},\"method\":\"ping\"}}");
        }

        for (int i = 0; i < 120; i++)
        {
            await client.ReceiveTextAsync();
        }

        Assert.Equal(50, emulator.ReceivedRequests.Count);
    }

    [Fact]
    public async Task Closed_connections_leave_nothing_behind()
    {
        await using var emulator = await ExchangeEmulator.StartNewAsync();
        var clients = new List<RawWsClient>();
        for (int i = 0; i < 20; i++)
        {
            RawWsClient spot = await RawWsClient.ConnectAsync(emulator.SpotUri);
            clients.Add(spot);
            JsonElement subscribed = await spot.RequestAsync(TestSigner.SignedRequest(
                "s", "userDataStream.subscribe.signature", DemoAccount.HmacApiKey, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));
            Assert.Equal(200, subscribed.GetProperty("status").GetInt32());
        }

        await using (RawWsClient api = await RawWsClient.ConnectAsync(emulator.UsdMUri))
        {
            JsonElement started = await api.RequestAsync($"{{\"id\":1,\"method\":\"userDataStream.start\",\"params\":{{\"apiKey\":\"{DemoAccount.HmacApiKey}\"}}}}");
            string key = started.GetProperty("result").GetProperty("listenKey").GetString()!;
            for (int i = 0; i < 10; i++)
            {
                clients.Add(await RawWsClient.ConnectAsync(new Uri(emulator.HttpBaseUri.ToString().Replace("http", "ws", StringComparison.Ordinal) + "private/ws/" + key)));
            }
        }

        Assert.Equal(20, emulator.Services.UserData.ConnectionCount);
        Assert.Equal(10, emulator.Services.FuturesStreams.Counts.Followers);

        foreach (RawWsClient client in clients)
        {
            await client.DisposeAsync();
        }

        await EventuallyAsync(() => emulator.OpenConnectionCount == 0 && emulator.Services.UserData.ConnectionCount == 0
            && emulator.Services.FuturesStreams.Counts == (0, 0));
        Assert.Equal(31, emulator.AcceptedConnectionCount);
    }

    /// <summary>The server forgets a connection once its side of the close has run; wait for that with a deadline.</summary>
    private static async Task EventuallyAsync(Func<bool> condition)
    {
        using var deadline = new CancellationTokenSource(RawWsClient.DefaultTimeout);
        while (!condition())
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20), deadline.Token);
        }
    }
}
