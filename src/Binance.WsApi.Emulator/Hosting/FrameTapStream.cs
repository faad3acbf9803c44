using System.Buffers.Binary;

namespace Binance.WsApi.Emulator.Hosting;

/// <summary>
/// Sits between Kestrel's upgraded connection stream and the server <see cref="System.Net.WebSockets.WebSocket"/>.
/// Two jobs the WebSocket class cannot do for us:
/// <list type="bullet">
/// <item>see PONG frames: the WebSocket consumes control frames silently, but the keep-alive needs to know a
/// client answered (payload included, because unsolicited pongs must not count);</item>
/// <item>send PING frames on our own schedule: .NET's built-in keep-alive pings only after the receive side has
/// been idle for the interval, ticks at most once a second, and runs on the real clock.</item>
/// </list>
/// Writes are serialized here, so a PING we inject can never split a frame the WebSocket is writing
/// (the WebSocket writes each frame with a single write call).
/// </summary>
internal sealed class FrameTapStream(Stream inner) : Stream
{
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    // Incremental parser of the client-to-server byte stream; only frame boundaries and PONG payloads matter.
    private readonly byte[] _header = new byte[14];
    private readonly byte[] _mask = new byte[4];
    private readonly byte[] _pongPayload = new byte[125];
    private int _headerLength;
    private int _headerNeeded = 2;
    private bool _inPayload;
    private bool _isPong;
    private bool _masked;
    private long _payloadRemaining;
    private int _payloadOffset;

    /// <summary>Raised with the (unmasked) payload of each PONG frame the client sends, on the reading thread.</summary>
    public Action<ReadOnlyMemory<byte>>? PongReceived { get; set; }

    public override bool CanRead => inner.CanRead;

    public override bool CanSeek => false;

    public override bool CanWrite => inner.CanWrite;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>Writes an unmasked PING frame (server frames are never masked) between two WebSocket frames.</summary>
    public async Task SendPingAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        if (payload.Length > 125)
        {
            throw new ArgumentOutOfRangeException(nameof(payload), "Control frame payloads are at most 125 bytes.");
        }

        byte[] frame = new byte[2 + payload.Length];
        frame[0] = 0x89; // FIN + opcode 9 (PING)
        frame[1] = (byte)payload.Length;
        payload.CopyTo(frame.AsMemory(2));
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await inner.WriteAsync(frame, cancellationToken).ConfigureAwait(false);
            await inner.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        Scan(buffer.Span[..read]);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count)
    {
        int read = inner.Read(buffer, offset, count);
        Scan(buffer.AsSpan(offset, read));
        return read;
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await inner.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Write(byte[] buffer, int offset, int count)
    {
        _writeLock.Wait();
        try
        {
            inner.Write(buffer, offset, count);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override void Flush() => inner.Flush();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    public override ValueTask DisposeAsync() => inner.DisposeAsync();

    private void Scan(ReadOnlySpan<byte> data)
    {
        int i = 0;
        while (i < data.Length)
        {
            if (!_inPayload)
            {
                _header[_headerLength++] = data[i++];
                if (_headerLength == 2)
                {
                    int length7 = _header[1] & 0x7F;
                    _masked = (_header[1] & 0x80) != 0;
                    _headerNeeded = 2 + (length7 == 126 ? 2 : length7 == 127 ? 8 : 0) + (_masked ? 4 : 0);
                }

                if (_headerLength >= 2 && _headerLength == _headerNeeded)
                {
                    StartPayload();
                }

                continue;
            }

            int take = (int)Math.Min(_payloadRemaining, data.Length - i);
            if (_isPong)
            {
                for (int k = 0; k < take && _payloadOffset < _pongPayload.Length; k++, _payloadOffset++)
                {
                    byte b = data[i + k];
                    _pongPayload[_payloadOffset] = _masked ? (byte)(b ^ _mask[_payloadOffset % 4]) : b;
                }
            }

            i += take;
            _payloadRemaining -= take;
            if (_payloadRemaining == 0)
            {
                EndFrame();
            }
        }
    }

    private void StartPayload()
    {
        int length7 = _header[1] & 0x7F;
        int position = 2;
        long length = length7;
        if (length7 == 126)
        {
            length = BinaryPrimitives.ReadUInt16BigEndian(_header.AsSpan(2));
            position = 4;
        }
        else if (length7 == 127)
        {
            length = (long)BinaryPrimitives.ReadUInt64BigEndian(_header.AsSpan(2));
            position = 10;
        }

        if (_masked)
        {
            _header.AsSpan(position, 4).CopyTo(_mask);
        }

        _isPong = (_header[0] & 0x0F) == 0xA;
        _payloadRemaining = length;
        _payloadOffset = 0;
        _headerLength = 0;
        _headerNeeded = 2;
        _inPayload = true;
        if (length == 0)
        {
            EndFrame();
        }
    }

    private void EndFrame()
    {
        _inPayload = false;
        if (_isPong)
        {
            PongReceived?.Invoke(_pongPayload.AsSpan(0, _payloadOffset).ToArray());
        }
    }
}
