using System.Text.Json;
using Binance.WsApi.Emulator;
using Binance.WsApi.Tests.Support;
using Microsoft.Extensions.Logging;

namespace Binance.WsApi.Tests.Integration;

/// <summary>Races and hostile input found in review: none may hang a request, leak a socket or undo a close.</summary>
public class RobustnessTests
{
    [Theory]
    [InlineData("""{"id":ID,"status":429,"error":{"code":-1003,"msg":"limited","data":{"retryAfter":null}}}""")]
    [InlineData("""{"id":ID,"status":429,"error":{"code":-1003,"msg":"limited","data":{"retryAfter":99999999999999999}}}""")]
    [InlineData("""{"id":ID,"status":400,"error":{"code":-1000,"msg":"bad \ud800 text"}}""")]
    [InlineData("""{"id":ID,"status":200,"result":{"serverTime":"not a number"}}""")]
    public async Task A_response_that_cannot_be_read_still_answers_its_request(string template)
    {
        await using var h = await EmulatorHarness.StartAsync();
        await h.Client.TestSpotConnectivityAsync();
        h.Emulator.Faults.SwallowResponses(1, "time");
        Task<WsApiResponse<ServerTime>> call = h.Client.GetSpotServerTimeAsync();
        ReceivedRequest sent = await h.Emulator.WaitForRequestAsync(r => r.Method == "time", EmulatorHarness.Wait);
        string id = JsonDocument.Parse(sent.Text).RootElement.GetProperty("id").GetRawText();
        await h.Emulator.Faults.SendMalformedFrameAsync(template.Replace("ID", id, StringComparison.Ordinal));

        Exception ex = await Assert.ThrowsAnyAsync<WsApiException>(() => call.WaitAsync(EmulatorHarness.Wait));
        Assert.Equal(RequestSendState.Sent, ((WsApiException)ex).SendState);
        Assert.Equal(200, (await h.Client.TestSpotConnectivityAsync()).Status); // the same socket carries on
        Assert.Equal(1, h.Emulator.AcceptedConnectionCount);
    }

    [Fact]
    public async Task Close_during_logon_wins_and_leaves_no_socket_open()
    {
        await using var h = await EmulatorHarness.StartAsync(EmulatorHarness.Ed25519);
        h.Emulator.Faults.DelayResponses(1, TimeSpan.FromMilliseconds(800), "session.logon");
        Task connect = h.Client.ConnectAsync(WsApiEndpoint.Spot);
        await h.Emulator.WaitForRequestAsync(r => r.Method == "session.logon", EmulatorHarness.Wait);
        await h.Client.GetWsClient().CloseAsync(WsApiEndpoint.Spot);

        await Assert.ThrowsAnyAsync<WsApiException>(() => connect.WaitAsync(EmulatorHarness.Wait));
        Assert.Equal(ConnectionState.Closed, h.Client.GetWsClient()[WsApiEndpoint.Spot].State);
        await h.Events.WaitForAsync(() => h.Emulator.OpenConnectionCount == 0, () => $"the server to see the socket closed (open: {h.Emulator.OpenConnectionCount}, accepted {h.Emulator.AcceptedConnectionCount}, requests: {string.Join(",", h.Emulator.ReceivedRequests.Select(r => r.Method))})");
        Assert.False(h.Client.GetWsClient()[WsApiEndpoint.Spot].IsLoggedOn);
    }

    [Fact]
    public async Task Dispose_during_reconnect_stops_it()
    {
        await using var h = await EmulatorHarness.StartAsync();
        await h.Client.TestSpotConnectivityAsync();
        h.Emulator.Faults.RefuseConnections = true;
        await h.Emulator.Faults.DropConnectionsAsync();
        await h.Events.WaitForStateAsync(ConnectionState.Reconnecting);
        await h.Client.DisposeAsync();
        h.Emulator.Faults.RefuseConnections = false;
        Assert.Equal(ConnectionState.Closed, h.Client.GetWsClient()[WsApiEndpoint.Spot].State);
        await h.Events.WaitForAsync(() => h.Emulator.OpenConnectionCount == 0, "no open socket");
        int accepted = (int)h.Emulator.AcceptedConnectionCount;
        // Nothing reconnects after the dispose, even now that connections are accepted again.
        await Assert.ThrowsAsync<ObjectDisposedException>(() => h.Client.TestSpotConnectivityAsync());
        Assert.Equal(accepted, h.Emulator.AcceptedConnectionCount);
    }

    [Fact]
    public async Task Refused_logon_in_connect_is_reported_once_and_public_calls_still_work()
    {
        var unknown = ApiCredentials.Ed25519("UnknownKey0000000000000000000000000000000000000000000000000000000", DemoAccount.Ed25519PrivateKeyPem);
        await using var h = await EmulatorHarness.StartAsync(unknown);
        var refused = await Assert.ThrowsAsync<BinanceApiException>(() => h.Client.ConnectAsync(WsApiEndpoint.Spot));
        Assert.Equal(-2015, refused.Code);
        Assert.Equal(200, (await h.Client.TestSpotConnectivityAsync()).Status);
        Assert.Equal(200, (await h.Client.GetSpotServerTimeAsync()).Status);
        Assert.Equal(1, h.Emulator.ReceivedRequests.Count(r => r.Method == "session.logon"));
        Assert.Equal(1, h.Emulator.AcceptedConnectionCount);

        // A private request tries the logon again and gets the refusal, as NotSent: its own frame never left.
        var again = await Assert.ThrowsAsync<BinanceApiException>(() => h.Client.GetSpotAccountInformationAsync());
        Assert.Equal(-2015, again.Code);
        Assert.Equal(RequestSendState.NotSent, again.SendState);
    }

    [Fact]
    public async Task Cancelling_after_the_send_says_the_request_was_sent()
    {
        await using var h = await EmulatorHarness.StartAsync();
        await h.Client.TestSpotConnectivityAsync();
        h.Emulator.Faults.SwallowResponses(1, "time");
        using var cts = new CancellationTokenSource();
        Task<WsApiResponse<ServerTime>> call = h.Client.GetSpotServerTimeAsync(cancellationToken: cts.Token);
        await h.Emulator.WaitForRequestAsync(r => r.Method == "time", EmulatorHarness.Wait);
        await cts.CancelAsync();
        var ex = await Assert.ThrowsAsync<WsApiRequestCanceledException>(() => call);
        Assert.Equal(RequestSendState.Sent, ex.SendState);
        Assert.Equal("time", ex.Method);
    }

    [Fact]
    public async Task A_throwing_logger_cannot_drop_the_connection()
    {
        await using var h = await EmulatorHarness.StartAsync(configure: o => o.Logger = new ThrowingLogger());
        await h.Client.TestSpotConnectivityAsync();
        await h.Emulator.Faults.SendMalformedFrameAsync("""{"id":987654,"status":200,"result":{}}"""); // unknown id: logged
        await h.Emulator.Faults.SendMalformedFrameAsync("garbage");
        Assert.Equal(200, (await h.Client.GetSpotServerTimeAsync()).Status);
        Assert.Equal(1, h.Emulator.AcceptedConnectionCount);
    }

    [Fact]
    public async Task Many_requests_racing_a_drop_leave_exactly_one_socket()
    {
        await using var h = await EmulatorHarness.StartAsync();
        await h.Client.TestSpotConnectivityAsync();
        Task[] calls = Enumerable.Range(0, 300).Select(_ => (Task)h.Client.TestSpotConnectivityAsync()).ToArray();
        await h.Emulator.Faults.DropConnectionsAsync();
        foreach (Task call in calls)
        {
            try
            {
                await call;
            }
            catch (WsApiConnectionException)
            {
                // Dropped with the socket: expected for some.
            }
        }

        await h.Events.WaitForAsync(() => h.Client.GetWsClient()[WsApiEndpoint.Spot].State == ConnectionState.Ready, "Ready again");
        Assert.Equal(200, (await h.Client.TestSpotConnectivityAsync()).Status);
        await h.Events.WaitForAsync(() => h.Emulator.OpenConnectionCount == 1, "exactly one open socket");
        await h.Client.DisposeAsync();
        await h.Events.WaitForAsync(() => h.Emulator.OpenConnectionCount == 0, "no socket after dispose");
    }

    private sealed class ThrowingLogger : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            throw new InvalidOperationException("logging provider failure");
    }
}
