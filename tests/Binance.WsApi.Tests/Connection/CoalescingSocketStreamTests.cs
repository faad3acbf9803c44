using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Binance.WsApi.Connection;

namespace Binance.WsApi.Tests.Connection;

/// <summary>
/// The stream under every link, over a real loopback TCP pair: a corking thread's writes leave in one send, in order,
/// when it uncorks; nobody else's write ever waits for a corker; a corker that never uncorks loses nothing; a send that
/// cannot finish holds writers back instead of growing without bound; TLS records gathered the same way arrive intact.
/// </summary>
public class CoalescingSocketStreamTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_corking_threads_writes_leave_in_one_send_in_order_when_it_uncorks()
    {
        await using var pair = await LoopbackPair.OpenAsync();
        CoalescingSocketStream stream = pair.Client;

        await OnOwnThread(() =>
        {
            Assert.True(stream.Cork());
            Assert.False(stream.Cork()); // already corked by this thread: the inner caller must not uncork
            Write(stream, "one,");
            Write(stream, "two,");
            Write(stream, "three");
            Assert.Equal(0, stream.SendCount);
            stream.Uncork();
        });

        Assert.Equal("one,two,three", await pair.ReadAsync("one,two,three".Length));
        Assert.Equal(1, stream.SendCount);
    }

    [Fact]
    public async Task An_uncorked_write_goes_straight_to_the_socket()
    {
        await using var pair = await LoopbackPair.OpenAsync();

        await pair.Client.WriteAsync("alone"u8.ToArray());

        Assert.Equal(1, pair.Client.SendCount);
        Assert.Equal("alone", await pair.ReadAsync(5));
    }

    [Fact]
    public async Task A_write_from_another_thread_never_waits_for_a_corker_and_carries_the_gathered_bytes_ahead_of_its_own()
    {
        await using var pair = await LoopbackPair.OpenAsync();
        CoalescingSocketStream stream = pair.Client;

        await OnOwnThread(() =>
        {
            Assert.True(stream.Cork());
            Write(stream, "corked-1,");
            // Another thread (a caller outside the batch, the runtime's keep-alive): its frame leaves now, behind the
            // corker's bytes, so the order on the wire is the order of the writes.
            OnOwnThread(() => Write(stream, "other,")).GetAwaiter().GetResult();
            Assert.Equal("corked-1,other,", pair.ReadAsync("corked-1,other,".Length).GetAwaiter().GetResult());

            Write(stream, "corked-2");
            Assert.Equal(1, stream.SendCount);
            stream.Uncork();
        });

        Assert.Equal("corked-2", await pair.ReadAsync("corked-2".Length));
        Assert.Equal(2, stream.SendCount);
    }

    [Fact]
    public async Task Bytes_left_by_a_corker_that_never_uncorks_are_sent_by_the_stale_flush()
    {
        await using var pair = await LoopbackPair.OpenAsync();
        CoalescingSocketStream stream = pair.Client;
        var corked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // A caller blocked inside its batch: corked, wrote its frame, never gets to uncork.
        Task blocked = OnOwnThread(() =>
        {
            stream.Cork();
            Write(stream, "stuck");
            corked.SetResult();
            release.Task.Wait(Patience);
            stream.Uncork();
        });
        await corked.Task.WaitAsync(Patience);

        stream.FlushStale(); // first sight: the bytes may belong to a batch still publishing
        Assert.Equal(0, stream.SendCount);
        stream.FlushStale(); // still there one sweep later: sent

        Assert.Equal("stuck", await pair.ReadAsync(5));
        release.SetResult();
        await blocked.WaitAsync(Patience);
        Assert.Equal(1, stream.SendCount);
    }

    [Fact]
    public async Task Writes_queued_behind_a_send_that_cannot_finish_wait_for_the_socket_past_the_cap_and_all_arrive_in_order()
    {
        await using var pair = await LoopbackPair.OpenAsync();
        CoalescingSocketStream stream = pair.Client;
        // The peer reads nothing yet: a large write fills both socket buffers and stays in progress.
        byte[] large = Filled(16 * 1024 * 1024, (byte)'L');
        ValueTask first = stream.WriteAsync(large);
        Assert.False(first.IsCompleted);

        // Behind it, writes are gathered and reported done up to the cap; past the cap a write waits for the socket.
        byte[] chunk = Filled(64 * 1024, (byte)'c');
        var queued = new List<ValueTask>();
        ValueTask next;
        int written = 0;
        do
        {
            next = stream.WriteAsync(chunk);
            queued.Add(next);
            written += chunk.Length;
        }
        while (next.IsCompleted && written <= CoalescingSocketStream.MaxGathered + chunk.Length);

        Assert.False(next.IsCompleted);
        Assert.True(written > CoalescingSocketStream.MaxGathered);

        Task<byte[]> reading = pair.ReadBytesAsync(large.Length + written);
        await first.AsTask().WaitAsync(Patience);
        foreach (ValueTask write in queued)
        {
            await write.AsTask().WaitAsync(Patience);
        }

        byte[] received = await reading.WaitAsync(Patience);
        Assert.True(received.AsSpan(0, large.Length).IndexOfAnyExcept((byte)'L') < 0);
        Assert.True(received.AsSpan(large.Length).IndexOfAnyExcept((byte)'c') < 0);
    }

    [Fact]
    public async Task A_write_after_the_stream_is_disposed_fails_and_names_the_send()
    {
        await using var pair = await LoopbackPair.OpenAsync();
        await pair.Client.DisposeAsync();

        await Assert.ThrowsAnyAsync<Exception>(async () => await pair.Client.WriteAsync("late"u8.ToArray()));
    }

    [Fact]
    public async Task Tls_records_written_while_corked_leave_in_one_send_and_the_peer_reads_every_message()
    {
        await using var pair = await LoopbackPair.OpenAsync();
        using X509Certificate2 certificate = SelfSigned();
        await using var client = new SslStream(pair.Client, leaveInnerStreamOpen: true, (_, _, _, _) => true);
        await using var server = new SslStream(new NetworkStream(pair.Server, ownsSocket: false));
        await Task.WhenAll(
            client.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = "localhost" }),
            server.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = certificate })).WaitAsync(Patience);
        long sendsBefore = pair.Client.SendCount;

        string[] frames = ["{\"id\":1}", "{\"id\":2}", "{\"id\":3}"];
        await OnOwnThread(() =>
        {
            Assert.True(pair.Client.Cork());
            foreach (string frame in frames)
            {
                client.WriteAsync(Encoding.UTF8.GetBytes(frame)).AsTask().GetAwaiter().GetResult();
            }

            Assert.Equal(sendsBefore, pair.Client.SendCount);
            pair.Client.Uncork();
        });

        string expected = string.Concat(frames);
        var received = new StringBuilder();
        byte[] buffer = new byte[1024];
        while (received.Length < expected.Length)
        {
            int n = await server.ReadAsync(buffer).AsTask().WaitAsync(Patience);
            Assert.True(n > 0);
            received.Append(Encoding.UTF8.GetString(buffer, 0, n));
        }

        Assert.Equal(expected, received.ToString());
        Assert.Equal(sendsBefore + 1, pair.Client.SendCount);
    }

    /// <summary>
    /// Runs <paramref name="body"/> synchronously on a thread of its own: corking is per thread, and an await could move
    /// the rest of a test to another one (leaving this thread corked).
    /// </summary>
    private static Task OnOwnThread(Action body) =>
        Task.Factory.StartNew(body, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).WaitAsync(Patience);

    private static void Write(CoalescingSocketStream stream, string text) =>
        stream.WriteAsync(Encoding.UTF8.GetBytes(text)).AsTask().GetAwaiter().GetResult();

    private static byte[] Filled(int length, byte value)
    {
        byte[] bytes = new byte[length];
        bytes.AsSpan().Fill(value);
        return bytes;
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using X509Certificate2 ephemeral = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        return X509CertificateLoader.LoadPkcs12(ephemeral.Export(X509ContentType.Pfx), null);
    }

    /// <summary>A connected loopback TCP pair: our stream on the client side, a plain socket on the server side.</summary>
    private sealed class LoopbackPair : IAsyncDisposable
    {
        private LoopbackPair(CoalescingSocketStream client, Socket server)
        {
            Client = client;
            Server = server;
        }

        public CoalescingSocketStream Client { get; }

        public Socket Server { get; }

        public static async Task<LoopbackPair> OpenAsync()
        {
            using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            listener.Listen(1);
            var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            Task<Socket> accepted = listener.AcceptAsync();
            await client.ConnectAsync(listener.LocalEndPoint!);
            Socket server = await accepted.WaitAsync(Patience);
            return new LoopbackPair(new CoalescingSocketStream(client), server);
        }

        public async Task<string> ReadAsync(int length) => Encoding.UTF8.GetString(await ReadBytesAsync(length));

        public async Task<byte[]> ReadBytesAsync(int length)
        {
            byte[] buffer = new byte[length];
            int read = 0;
            while (read < length)
            {
                int n = await Server.ReceiveAsync(buffer.AsMemory(read), SocketFlags.None).AsTask().WaitAsync(Patience);
                if (n == 0)
                {
                    throw new EndOfStreamException($"The peer closed after {read} of {length} bytes.");
                }

                read += n;
            }

            return buffer;
        }

        public async ValueTask DisposeAsync()
        {
            await Client.DisposeAsync();
            Server.Dispose();
        }
    }
}
