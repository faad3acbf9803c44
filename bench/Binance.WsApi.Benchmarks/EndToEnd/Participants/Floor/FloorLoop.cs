using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Net.WebSockets;
using System.Text.Json;

namespace Binance.WsApi.Benchmarks.EndToEnd.Participants.Floor;

/// <summary>
/// The honest floor: one loop over one <see cref="ClientWebSocket"/> that keeps N requests in flight. It writes a
/// frame (built by <see cref="FloorFrames"/>: fresh timestamp and client order id, HMAC signed per order), reads one
/// reply, finds its <c>id</c> and <c>status</c> with one reader pass, and writes the next frame — all on the same
/// loop. No send lock, no pending dictionary, no task per request, no thread-pool hop per reply: a correct caller
/// cannot do less, so whatever a client library costs above it is the library's. Allocates nothing per request.
/// Replies to pipelined requests come back in order from either responder, but the loop matches by id anyway
/// (send times sit in a ring indexed by id) and counts a reply only once.
/// </summary>
internal sealed class FloorLoop : IAsyncDisposable
{
    private const int Ring = 256; // > the highest in-flight level, a power of two

    private readonly ClientWebSocket _socket = new();
    private readonly FloorFrames _frames;
    private readonly long[] _sentAt = new long[Ring];
    private readonly byte[] _buffer = new byte[64 * 1024];
    private long _nextId;

    private FloorLoop(FloorFrames frames)
    {
        _frames = frames;
    }

    public static async Task<FloorLoop> ConnectAsync(Uri endpoint, OrderShape shape, string hmacApiKey, string hmacSecret)
    {
        var loop = new FloorLoop(new FloorFrames(shape, hmacApiKey, hmacSecret));
        await loop._socket.ConnectAsync(endpoint, CancellationToken.None).ConfigureAwait(false);
        return loop;
    }

    /// <summary>Logs the connection on with the Ed25519 key (orders then carry a timestamp only).</summary>
    public async Task LogonAsync()
    {
        ReadOnlyMemory<byte> frame = _frames.Logon(++_nextId);
        await _socket.SendAsync(frame, WebSocketMessageType.Text, true, CancellationToken.None).ConfigureAwait(false);
        (_, int status) = await ReceiveReplyAsync().ConfigureAwait(false);
        if (status != 200)
        {
            throw new InvalidOperationException($"The floor's session.logon was answered with status {status}.");
        }
    }

    /// <summary>
    /// Keeps <paramref name="inFlight"/> requests of <paramref name="kind"/> in flight until <paramref name="deadline"/>
    /// (a <see cref="Stopwatch"/> timestamp) or until <paramref name="maxRequests"/> have been sent (0 = no cap); then
    /// waits for the ones still out. Records each round trip in <paramref name="latencies"/> (in ticks) while it has
    /// room. Returns the number of replies received.
    /// </summary>
    public async Task<long> RunAsync(FloorRequest kind, int inFlight, long deadline, long maxRequests, long[]? latencies)
    {
        long sent = 0, received = 0;
        int outstanding = 0;
        for (; outstanding < inFlight && (maxRequests == 0 || sent < maxRequests); outstanding++, sent++)
        {
            await SendAsync(kind).ConfigureAwait(false);
        }

        while (outstanding > 0)
        {
            (long id, int status) = await ReceiveReplyAsync().ConfigureAwait(false);
            long now = Stopwatch.GetTimestamp();
            if (status != 200)
            {
                throw new InvalidOperationException($"The floor's {kind} request {id} was answered with status {status}.");
            }

            if (latencies is not null && received < latencies.Length)
            {
                latencies[received] = now - _sentAt[id & (Ring - 1)];
            }

            received++;
            outstanding--;
            if (now < deadline && (maxRequests == 0 || sent < maxRequests))
            {
                await SendAsync(kind).ConfigureAwait(false);
                outstanding++;
                sent++;
            }
        }

        return received;
    }

    private ValueTask SendAsync(FloorRequest kind)
    {
        long id = ++_nextId;
        // The clock starts before the frame is built and signed, as it starts before our client's call: building the
        // request is part of every caller's round trip.
        _sentAt[id & (Ring - 1)] = Stopwatch.GetTimestamp();
        ReadOnlyMemory<byte> frame = kind switch
        {
            FloorRequest.Ping => _frames.Ping(id),
            FloorRequest.SignedOrder => _frames.Order(id, signed: true),
            _ => _frames.Order(id, signed: false),
        };
        return _socket.SendAsync(frame, WebSocketMessageType.Text, true, CancellationToken.None);
    }

    // Pooled: a reply that has to wait for the network suspends this method, and its state machine must not be a new
    // object each time (the floor allocates nothing per request).
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<(long Id, int Status)> ReceiveReplyAsync()
    {
        int filled = 0;
        while (true)
        {
            ValueWebSocketReceiveResult received = await _socket.ReceiveAsync(_buffer.AsMemory(filled), CancellationToken.None).ConfigureAwait(false);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                throw new WebSocketException("The responder closed the floor's connection.");
            }

            filled += received.Count;
            if (received.EndOfMessage)
            {
                return ReadIdAndStatus(_buffer.AsSpan(0, filled));
            }

            if (filled == _buffer.Length)
            {
                throw new InvalidDataException("A reply larger than the floor's 64 KB buffer.");
            }
        }
    }

    private static (long Id, int Status) ReadIdAndStatus(ReadOnlySpan<byte> message)
    {
        long id = -1;
        int status = 0;
        var reader = new Utf8JsonReader(message);
        while ((id < 0 || status == 0) && reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != 1)
            {
                continue;
            }

            if (reader.ValueTextEquals("id"u8))
            {
                reader.Read();
                id = reader.TokenType == JsonTokenType.Number ? reader.GetInt64() : -1;
            }
            else if (reader.ValueTextEquals("status"u8))
            {
                reader.Read();
                status = reader.GetInt32();
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return (id, status);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Best effort: the responder may already be gone.
        }

        _socket.Abort();
        _socket.Dispose();
    }
}

/// <summary>What the floor sends.</summary>
internal enum FloorRequest
{
    Ping,
    SignedOrder,
    LoggedOnOrder,
}
