using System.Diagnostics;
using System.Net.WebSockets;
using Binance.WsApi.Emulator.Tests.Infrastructure;

namespace Binance.WsApi.Emulator.Tests;

/// <summary>Server pings, pong deadline and connection lifetime, with shortened intervals on the real clock.</summary>
public sealed class KeepAliveTests
{
    private static readonly TimeSpan FrameTimeout = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task Pings_come_at_the_interval_and_a_silent_client_is_closed_after_the_pong_timeout()
    {
        await using var emulator = await ExchangeEmulator.StartNewAsync(new EmulatorOptions
        {
            SpotPingInterval = TimeSpan.FromMilliseconds(100),
            // Ten intervals: the ping ticks and the deadline are separate timers, and on a loaded 2-core machine (the
            // whole suite in parallel) a few ticks can run late; with 350 ms one CI run saw a single ping before the close.
            SpotPongTimeout = TimeSpan.FromMilliseconds(1000),
        });
        var clock = Stopwatch.StartNew(); // started before the server's timers: a safe lower bound
        using var socket = await RawTcpWebSocket.ConnectAsync(emulator.SpotUri);

        int pings = 0;
        (int Opcode, byte[] Payload) frame;
        while (true)
        {
            frame = await socket.ReadFrameAsync(FrameTimeout);
            if (frame.Opcode != 0x9)
            {
                break;
            }

            pings++;
        }

        TimeSpan closedAt = clock.Elapsed;
        Assert.True(pings >= 3, $"expected several pings before the close, got {pings}");
        Assert.True(frame.Opcode is 0x8 or -1, $"expected a close frame or a dropped connection, got opcode {frame.Opcode}");
        if (frame.Opcode == 0x8)
        {
            Assert.Equal((int)WebSocketCloseStatus.EndpointUnavailable, (frame.Payload[0] << 8) | frame.Payload[1]);
        }

        // first ping at 100 ms, unanswered for 1,000 ms → not before 1,100 ms
        Assert.True(closedAt >= TimeSpan.FromMilliseconds(1080), $"closed after {closedAt}");
    }

    [Fact]
    public async Task A_client_that_echoes_pings_stays_connected()
    {
        await using var emulator = await ExchangeEmulator.StartNewAsync(new EmulatorOptions
        {
            SpotPingInterval = TimeSpan.FromMilliseconds(50),
            // The first pong can only be as early as this test process reads its first frame: a cold start (JIT) or a
            // pause on a loaded 2-core machine can take several hundred ms, so 400 ms closed a well-behaved client
            // about one run in two when this class ran alone. The timeout is not what this test measures.
            SpotPongTimeout = TimeSpan.FromMilliseconds(1500),
        });
        using var socket = await RawTcpWebSocket.ConnectAsync(emulator.SpotUri);

        for (int i = 0; i < 50; i++) // ~2.5 s: well past one pong timeout
        {
            var (opcode, payload) = await socket.ReadFrameAsync(FrameTimeout);
            Assert.Equal(0x9, opcode);
            Assert.Equal(8, payload.Length);
            await socket.SendFrameAsync(0xA, payload);
        }

        await socket.SendFrameAsync(0x1, "{\"id\":1,\"method\":\"ping\"}"u8.ToArray());
        (int Opcode, byte[] Payload) frame;
        do
        {
            frame = await socket.ReadFrameAsync(FrameTimeout);
            if (frame.Opcode == 0x9)
            {
                await socket.SendFrameAsync(0xA, frame.Payload);
            }
        }
        while (frame.Opcode == 0x9);

        Assert.Equal(0x1, frame.Opcode);
        Assert.Contains("\"status\":200", System.Text.Encoding.UTF8.GetString(frame.Payload));
    }

    [Fact]
    public async Task Unsolicited_pongs_do_not_count()
    {
        await using var emulator = await ExchangeEmulator.StartNewAsync(new EmulatorOptions
        {
            SpotPingInterval = TimeSpan.FromMilliseconds(50),
            SpotPongTimeout = TimeSpan.FromMilliseconds(200),
        });
        using var socket = await RawTcpWebSocket.ConnectAsync(emulator.SpotUri);

        int opcode;
        do
        {
            var frame = await socket.ReadFrameAsync(FrameTimeout);
            opcode = frame.Opcode;
            if (opcode == 0x9)
            {
                await socket.SendFrameAsync(0xA, []); // empty pong: allowed, but does not answer the ping
            }
        }
        while (opcode == 0x9);

        Assert.True(opcode is 0x8 or -1);
    }

    [Fact]
    public async Task ClientWebSocket_answers_pings_by_itself_and_futures_use_their_own_interval()
    {
        await using var emulator = await ExchangeEmulator.StartNewAsync(new EmulatorOptions
        {
            FuturesPingInterval = TimeSpan.FromMilliseconds(50),
            // Roomy for the same reason as above: the first answer waits for this process's first read.
            FuturesPongTimeout = TimeSpan.FromMilliseconds(1500),
        });
        await using var client = await RawWsClient.ConnectAsync(emulator.UsdMUri);

        // A pending receive lets ClientWebSocket answer the pings while they come.
        Task<string> receive = client.ReceiveTextAsync(TimeSpan.FromSeconds(15));
        for (int i = 0; i < 50; i++) // 50 × 50 ms: well past the 1.5 s pong timeout
        {
            Assert.True(await emulator.Services.PingSent.WaitAsync(TimeSpan.FromSeconds(3)), "no ping from the server");
        }

        Assert.Equal(1, emulator.OpenConnectionCount);
        await client.SendAsync("{\"id\":1,\"method\":\"ping\"}");
        Assert.Contains("\"status\":200", await receive);
    }

    [Fact]
    public async Task Connections_are_closed_at_the_maximum_lifetime()
    {
        await using var emulator = await ExchangeEmulator.StartNewAsync(new EmulatorOptions { MaxConnectionLifetime = TimeSpan.FromMilliseconds(300) });
        var clock = Stopwatch.StartNew(); // started before the server's timer, so the bound below is safe
        await using var client = await RawWsClient.ConnectAsync(emulator.SpotUri);

        var (status, _) = await client.ReceiveCloseAsync();

        Assert.Equal(WebSocketCloseStatus.NormalClosure, status);
        // Timers may fire a few milliseconds early; the point is that it is not closed long before its lifetime.
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(280), $"closed after {clock.Elapsed}");
    }
}
