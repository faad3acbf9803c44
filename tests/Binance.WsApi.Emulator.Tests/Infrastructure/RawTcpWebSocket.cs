using System.Net.Sockets;
using System.Text;

namespace Binance.WsApi.Emulator.Tests.Infrastructure;

/// <summary>
/// A WebSocket client done by hand over TCP, so a test can see PING frames and decide whether to answer them
/// (ClientWebSocket answers pings by itself whenever a receive is pending).
/// </summary>
internal sealed class RawTcpWebSocket : IDisposable
{
    private readonly TcpClient _tcp;
    private readonly NetworkStream _stream;

    private RawTcpWebSocket(TcpClient tcp)
    {
        _tcp = tcp;
        _stream = tcp.GetStream();
    }

    public static async Task<RawTcpWebSocket> ConnectAsync(Uri uri)
    {
        var tcp = new TcpClient();
        await tcp.ConnectAsync(uri.Host, uri.Port);
        var socket = new RawTcpWebSocket(tcp);
        string request =
            $"GET {uri.PathAndQuery} HTTP/1.1\r\nHost: {uri.Host}:{uri.Port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
        await socket._stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        var head = new StringBuilder();
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            head.Append((char)await socket.ReadByteAsync(RawWsClient.DefaultTimeout));
        }

        Assert.StartsWith("HTTP/1.1 101", head.ToString());
        return socket;
    }

    /// <summary>Reads the next frame; opcode -1 means the server closed the TCP connection.</summary>
    public async Task<(int Opcode, byte[] Payload)> ReadFrameAsync(TimeSpan timeout)
    {
        int b0 = await ReadByteAsync(timeout);
        if (b0 < 0)
        {
            return (-1, []);
        }

        int b1 = await ReadByteAsync(timeout);
        long length = b1 & 0x7F;
        if (length == 126)
        {
            length = (await ReadByteAsync(timeout) << 8) | await ReadByteAsync(timeout);
        }
        else if (length == 127)
        {
            length = 0;
            for (int i = 0; i < 8; i++)
            {
                length = (length << 8) | (uint)await ReadByteAsync(timeout);
            }
        }

        byte[] payload = new byte[length];
        for (int i = 0; i < length; i++)
        {
            payload[i] = (byte)await ReadByteAsync(timeout);
        }

        return (b0 & 0x0F, payload);
    }

    /// <summary>Sends a masked frame (clients must mask).</summary>
    public Task SendFrameAsync(int opcode, byte[] payload)
    {
        byte[] mask = [0x11, 0x22, 0x33, 0x44];
        var frame = new List<byte> { (byte)(0x80 | opcode), (byte)(0x80 | payload.Length) };
        frame.AddRange(mask);
        for (int i = 0; i < payload.Length; i++)
        {
            frame.Add((byte)(payload[i] ^ mask[i % 4]));
        }

        return _stream.WriteAsync(frame.ToArray()).AsTask();
    }

    public void Dispose() => _tcp.Dispose();

    private async Task<int> ReadByteAsync(TimeSpan timeout)
    {
        byte[] one = new byte[1];
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            int read = await _stream.ReadAsync(one, cts.Token);
            return read == 0 ? -1 : one[0];
        }
        catch (IOException)
        {
            return -1; // reset by the server
        }
    }
}
