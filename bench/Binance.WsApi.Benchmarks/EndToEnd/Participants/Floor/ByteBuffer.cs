using System.Buffers.Text;
using System.Text;

namespace Binance.WsApi.Benchmarks.EndToEnd.Participants.Floor;

/// <summary>A growable byte buffer for hand-written frames: the floor builds its JSON by appending, nothing more.</summary>
internal sealed class ByteBuffer
{
    private byte[] _bytes = new byte[512];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Span => _bytes.AsSpan(0, Length);

    public ReadOnlyMemory<byte> Memory => _bytes.AsMemory(0, Length);

    public void Clear() => Length = 0;

    public ByteBuffer Append(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_bytes.AsSpan(Length));
        Length += bytes.Length;
        return this;
    }

    public ByteBuffer Append(string ascii)
    {
        Ensure(ascii.Length);
        Length += Encoding.ASCII.GetBytes(ascii, _bytes.AsSpan(Length));
        return this;
    }

    public ByteBuffer Append(long value)
    {
        Ensure(20);
        Utf8Formatter.TryFormat(value, _bytes.AsSpan(Length), out int written);
        Length += written;
        return this;
    }

    private void Ensure(int more)
    {
        if (Length + more > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + more));
        }
    }
}
