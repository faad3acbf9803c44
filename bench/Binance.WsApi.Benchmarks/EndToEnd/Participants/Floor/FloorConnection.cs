using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;

namespace Binance.WsApi.Benchmarks.EndToEnd.Participants.Floor;

/// <summary>
/// The least a correct WS API caller has to do on a raw <see cref="ClientWebSocket"/>: serialize sends under a lock,
/// keep a completion per request id, and one receive loop that finds <c>id</c> and <c>status</c> with a single
/// <see cref="Utf8JsonReader"/> pass and completes the waiter. No result parsing, no models, no events.
/// </summary>
internal sealed class FloorConnection : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ConcurrentDictionary<long, TaskCompletionSource<int>> _pending = new();
    private readonly FloorFrames _frames;
    private long _nextId;
    private Task _receiveLoop = Task.CompletedTask;

    private FloorConnection(FloorFrames frames)
    {
        _frames = frames;
    }

    public static async Task<FloorConnection> ConnectAsync(Uri endpoint, OrderShape shape)
    {
        var connection = new FloorConnection(new FloorFrames(shape));
        await connection._socket.ConnectAsync(endpoint, CancellationToken.None).ConfigureAwait(false);
        connection._receiveLoop = connection.ReceiveLoopAsync();
        return connection;
    }

    public Task PingAsync() => SendAsync(Frame.Ping);

    public Task PlaceSignedOrderAsync() => SendAsync(Frame.SignedOrder);

    public Task PlaceLoggedOnOrderAsync() => SendAsync(Frame.LoggedOnOrder);

    public Task LogonAsync() => SendAsync(Frame.Logon);

    private async Task SendAsync(Frame frame)
    {
        // Continuations run off the receive loop, as any real caller needs (user code must not stall receiving).
        var response = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        await _sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            long id = ++_nextId;
            _pending[id] = response;
            ReadOnlyMemory<byte> bytes = frame switch
            {
                Frame.Ping => _frames.Ping(id),
                Frame.SignedOrder => _frames.Order(id, signed: true),
                Frame.LoggedOnOrder => _frames.Order(id, signed: false),
                _ => _frames.Logon(id),
            };
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, true, CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }

        int status = await response.Task.ConfigureAwait(false);
        if (status != 200)
        {
            throw new InvalidOperationException($"The floor's {frame} request was answered with status {status}.");
        }
    }

    private async Task ReceiveLoopAsync()
    {
        byte[] buffer = new byte[64 * 1024];
        int filled = 0;
        try
        {
            while (true)
            {
                ValueWebSocketReceiveResult received = await _socket.ReceiveAsync(buffer.AsMemory(filled), CancellationToken.None).ConfigureAwait(false);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                filled += received.Count;
                if (!received.EndOfMessage)
                {
                    if (filled == buffer.Length)
                    {
                        Array.Resize(ref buffer, buffer.Length * 2);
                    }

                    continue;
                }

                Complete(buffer.AsSpan(0, filled));
                filled = 0;
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Closed under us: fall through and fail whoever still waits.
        }

        foreach (TaskCompletionSource<int> waiter in _pending.Values)
        {
            waiter.TrySetException(new WebSocketException("The floor's connection closed."));
        }
    }

    private void Complete(ReadOnlySpan<byte> message)
    {
        long id = -1;
        int status = 0;
        var reader = new Utf8JsonReader(message);
        while (reader.Read() && (id < 0 || status == 0))
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
            {
                if (reader.ValueTextEquals("id"u8))
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.Number)
                    {
                        id = reader.GetInt64();
                    }
                }
                else if (reader.ValueTextEquals("status"u8))
                {
                    reader.Read();
                    status = reader.GetInt32();
                }
                else
                {
                    reader.Skip();
                }
            }
        }

        if (id >= 0 && _pending.TryRemove(id, out TaskCompletionSource<int>? waiter))
        {
            waiter.TrySetResult(status);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // Best effort: the responder may already be gone.
        }

        _socket.Abort();
        await _receiveLoop.ConfigureAwait(false);
        _socket.Dispose();
        _sendLock.Dispose();
    }

    private enum Frame
    {
        Ping,
        SignedOrder,
        LoggedOnOrder,
        Logon,
    }
}
