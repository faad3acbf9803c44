using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Binance.WsApi.Tests.Support;

/// <summary>
/// A minimal loopback WebSocket server that answers each request with a scripted frame (for example a documented
/// response with the request's id), recording what it received. For exercising the client's full request path on
/// methods the emulator does not implement; it knows nothing of Binance beyond the envelope.
/// </summary>
internal sealed class ScriptedWsServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Func<JsonObject, string> _answer;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public ScriptedWsServer(Func<JsonObject, string> answer)
    {
        _answer = answer;
        _listener.Start();
        _loop = Task.Run(AcceptLoopAsync);
    }

    public Uri Uri => new($"ws://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/ws-api/v3");

    private readonly ConcurrentDictionary<WebSocket, SemaphoreSlim> _sockets = new();

    /// <summary>How many WebSocket connections were accepted.</summary>
    public int AcceptedCount => Volatile.Read(ref _accepted);

    private int _accepted;

    /// <summary>Sends a frame the server was not asked for (a push) to every open connection.</summary>
    public async Task PushAsync(string text)
    {
        foreach ((WebSocket socket, SemaphoreSlim gate) in _sockets)
        {
            await gate.WaitAsync();
            try
            {
                if (socket.State == WebSocketState.Open)
                {
                    await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);
                }
            }
            finally
            {
                gate.Release();
            }
        }
    }

    /// <summary>Aborts every open connection at the TCP level (a dropped connection, as the client sees it).</summary>
    public void AbortAll()
    {
        foreach (WebSocket socket in _sockets.Keys)
        {
            socket.Abort();
        }
    }

    /// <summary>Every request received, in order.</summary>
    public ConcurrentQueue<JsonObject> Requests { get; } = new();

    /// <summary>Answers with a fixture whose id is replaced by the request's.</summary>
    public static Func<JsonObject, string> Fixture(string name) => request =>
    {
        JsonObject response = JsonNode.Parse(Fixtures.Text(name))!.AsObject();
        response["id"] = request["id"]!.DeepClone();
        return response.ToJsonString();
    };

    public WebSocketApiClient CreateClient(Action<WebSocketApiClientOptions>? configure = null)
    {
        var options = new WebSocketApiClientOptions
        {
            Credentials = EmulatorHarness.Hmac,
            RequestTimeout = TimeSpan.FromSeconds(5),
            ConnectTimeout = TimeSpan.FromSeconds(3),
            MuteLatencyWarning = true,
        };
        options.EndpointUrls[WsApiEndpoint.Spot] = Uri;
        configure?.Invoke(options);
        return new WebSocketApiClient(options);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient tcp = await _listener.AcceptTcpClientAsync(_stop.Token);
            _ = Task.Run(() => ServeAsync(tcp));
        }
    }

    private async Task ServeAsync(TcpClient tcp)
    {
        using (tcp)
        {
            NetworkStream stream = tcp.GetStream();
            string? key = await ReadHandshakeKeyAsync(stream);
            if (key is null)
            {
                return;
            }

            string accept = Convert.ToBase64String(SHA1.HashData(Encoding.ASCII.GetBytes(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11")));
            byte[] upgrade = Encoding.ASCII.GetBytes(
                $"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: {accept}\r\n\r\n");
            await stream.WriteAsync(upgrade, _stop.Token);
            using WebSocket socket = WebSocket.CreateFromStream(stream, new WebSocketCreationOptions { IsServer = true });
            var gate = new SemaphoreSlim(1, 1);
            _sockets[socket] = gate;
            Interlocked.Increment(ref _accepted);
            var buffer = new byte[64 * 1024];
            try
            {
                while (socket.State == WebSocketState.Open)
                {
                    int count = 0;
                    ValueWebSocketReceiveResult result;
                    do
                    {
                        result = await socket.ReceiveAsync(buffer.AsMemory(count), _stop.Token);
                        count += result.Count;
                    }
                    while (!result.EndOfMessage);

                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        return;
                    }

                    JsonObject request = JsonNode.Parse(buffer.AsSpan(0, count))!.AsObject();
                    Requests.Enqueue(request);
                    string answer = _answer(request);
                    await gate.WaitAsync(_stop.Token);
                    try
                    {
                        await socket.SendAsync(Encoding.UTF8.GetBytes(answer), WebSocketMessageType.Text, true, _stop.Token);
                    }
                    finally
                    {
                        gate.Release();
                    }
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or IOException)
            {
            }
            finally
            {
                _sockets.TryRemove(socket, out _);
            }
        }
    }

    private async Task<string?> ReadHandshakeKeyAsync(NetworkStream stream)
    {
        var header = new StringBuilder();
        var one = new byte[1];
        while (!header.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await stream.ReadAsync(one, _stop.Token) == 0)
            {
                return null;
            }

            header.Append((char)one[0]);
        }

        foreach (string line in header.ToString().Split("\r\n"))
        {
            if (line.StartsWith("Sec-WebSocket-Key:", StringComparison.OrdinalIgnoreCase))
            {
                return line["Sec-WebSocket-Key:".Length..].Trim();
            }
        }

        return null;
    }
}
