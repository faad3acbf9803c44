using System.Buffers;
using System.Net.WebSockets;

namespace Binance.WsApi.Connection;

/// <summary>
/// The one type in the library that owns a <see cref="ClientWebSocket"/>: it connects with a deadline on the injected
/// clock, configures the runtime's keep-alive, runs the receive loop (whole messages, capped at
/// <see cref="MaxMessageBytes"/>), sends text frames and closes. The WS API session and the futures listen-key stream
/// both sit on it, so the rules that keep a socket healthy are written once.
/// </summary>
internal sealed class WebSocketLink : IDisposable
{
    /// <summary>Largest message accepted; a bigger one ends the link (a peer that sends one is broken or hostile).</summary>
    public const int MaxMessageBytes = 64 * 1024 * 1024;

    /// <summary>
    /// A publication whose callers take longer than this (half a millisecond, a hundred times what a caller that just
    /// sends its next request takes) shows callers that work in their continuations: the link then stops publishing
    /// before reading, so the socket is never left unread for that long again.
    /// </summary>
    private static readonly long SlowPublication = System.Diagnostics.Stopwatch.Frequency / 2_000;

    /// <summary>
    /// Quick publications in a row after which the link publishes before reading again. A preemption of a few
    /// milliseconds looks like one slow caller, and every round trip in between pays for a read registered first
    /// (about 4 µs each one at a time), so the switch comes back after 128 rather than after a thousand.
    /// </summary>
    private const int QuickPublicationsToResume = 128;

    private static readonly TimeSpan CloseBound = TimeSpan.FromSeconds(2);
    private readonly ClientWebSocket _socket;
    private readonly HttpMessageInvoker _invoker;
    private readonly CoalescingSocketStream _stream;
    private readonly TimeProvider _time;
    private readonly TaskCompletionSource<LinkEnd> _ended = new();
    private IFrameReceiver? _receiver;
    private ReceiveRun? _run;
    // Cleared by a slow or stuck publication, set again after QuickPublicationsToResume quick ones in a row.
    private volatile bool _publishBeforeReading = true;
    private int _quickPublications; // touched by the receive loop's thread (benign races after a rescue)

    private WebSocketLink(ClientWebSocket socket, HttpMessageInvoker invoker, CoalescingSocketStream stream, TimeProvider time)
    {
        _socket = socket;
        _invoker = invoker;
        _stream = stream;
        _time = time;
        ConnectedAt = time.GetUtcNow();
    }

    /// <summary>The TCP stream under the socket, which gathers a publishing thread's frames into one send.</summary>
    public CoalescingSocketStream Stream => _stream;

    /// <summary>Whether the last response in flight is published before the next read (see <see cref="NotePublication"/>); for tests.</summary>
    internal bool PublishesBeforeReading => _publishBeforeReading;

    /// <summary>When the socket was opened.</summary>
    public DateTimeOffset ConnectedAt { get; }

    /// <summary>True while the socket can still send.</summary>
    public bool IsOpen => _socket.State == WebSocketState.Open;

    /// <summary>
    /// Opens a socket to <paramref name="target"/>. The connect deadline runs on <see cref="ConnectionSettings.Time"/>,
    /// so a fake clock drives it in tests; running out of it is a <see cref="WsApiConnectionException"/> (NotSent).
    /// Other failures (refused, handshake rejected) and <paramref name="cancellationToken"/> propagate as they are.
    /// </summary>
    public static async Task<WebSocketLink> OpenAsync(Uri target, ConnectionSettings settings, WsApiEndpoint endpoint, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        // .NET sends its own PINGs and aborts the socket when the PONG does not come back in time: a dead peer is
        // detected even when nothing is in flight. Server PINGs are answered by the runtime either way.
        socket.Options.KeepAliveInterval = settings.KeepAliveInterval > TimeSpan.Zero ? settings.KeepAliveInterval : TimeSpan.Zero;
        if (settings.KeepAliveInterval > TimeSpan.Zero)
        {
            socket.Options.KeepAliveTimeout = settings.KeepAliveTimeout;
        }

        // The runtime does the upgrade, TLS and any proxy; the connect callback only hands it our TCP stream.
        CoalescingSocketStream? stream = null;
        var handler = new SocketsHttpHandler
        {
            UseCookies = false,
            ConnectCallback = async (context, token) =>
            {
                var tcp = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await tcp.ConnectAsync(context.DnsEndPoint, token).ConfigureAwait(false);
                }
                catch
                {
                    tcp.Dispose();
                    throw;
                }

                stream = new CoalescingSocketStream(tcp);
                return stream;
            },
        };
        var invoker = new HttpMessageInvoker(handler);
        using var deadline = new CancellationTokenSource(settings.ConnectTimeout, settings.Time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, cancellationToken);
        try
        {
            await socket.ConnectAsync(target, invoker, linked.Token).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            socket.Dispose();
            invoker.Dispose();
            if (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw WsApiErrors.ConnectTimedOut(endpoint, target, settings.ConnectTimeout, ex);
            }

            throw;
        }

        return new WebSocketLink(socket, invoker, stream!, settings.Time);
    }

    /// <summary>
    /// Sends one whole text message. Never cancelled half-way (a cancelled send aborts the whole socket), so no token.
    /// </summary>
    public ValueTask SendAsync(ReadOnlyMemory<byte> frame) =>
        _socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    /// <summary>
    /// Receives whole messages into a pooled buffer and hands each to <paramref name="receiver"/> until the socket ends;
    /// returns why it ended. Never throws: a dropped socket, an oversized message or an abort is an end like any other.
    /// The buffer handed over is only valid during the call. Call once.
    /// </summary>
    public Task<LinkEnd> ReceiveAsync(IFrameReceiver receiver)
    {
        _receiver = receiver;
        var run = new ReceiveRun();
        Volatile.Write(ref _run, run);
        _ = RunAsync(run);
        return _ended.Task;
    }

    /// <summary>
    /// Hands the socket to a new run of the receive loop when the current one has been publishing since the previous
    /// call (a caller blocks in its continuation): called periodically by the session's sweep, and by
    /// <see cref="Abort"/> so that the end is still reported. The stuck run exits when its publication returns.
    /// </summary>
    public void RescueStalledPublication() => Rescue(force: false);

    private void Rescue(bool force)
    {
        ReceiveRun? run = Volatile.Read(ref _run);
        if (run is null || Volatile.Read(ref run.State) != ReceiveRun.Publishing)
        {
            return;
        }

        int publication = Volatile.Read(ref run.Publications);
        if (!force && run.SweptPublication != publication)
        {
            // First seen in progress: stalled only if the same publication is still running at the next sweep.
            run.SweptPublication = publication;
            return;
        }

        if (Interlocked.CompareExchange(ref run.State, ReceiveRun.Abandoned, ReceiveRun.Publishing) != ReceiveRun.Publishing)
        {
            return;
        }

        _quickPublications = 0;
        _publishBeforeReading = false;
        var next = new ReceiveRun();
        Volatile.Write(ref _run, next);
        ThreadPool.UnsafeQueueUserWorkItem(static state => _ = state.Link.RunAsync(state.Run), (Link: this, Run: next), preferLocal: false);
    }

    private async Task RunAsync(ReceiveRun run)
    {
        IFrameReceiver receiver = _receiver!;
        byte[] buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        int count = 0;
        LinkEnd end;
        try
        {
            while (true)
            {
                if (count == buffer.Length)
                {
                    if (buffer.Length >= MaxMessageBytes)
                    {
                        end = new LinkEnd("message too large", new InvalidDataException($"An incoming message exceeded {MaxMessageBytes} bytes."));
                        break;
                    }

                    byte[] larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, MaxMessageBytes));
                    buffer.AsSpan(0, count).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                ValueTask<ValueWebSocketReceiveResult> receive = _socket.ReceiveAsync(buffer.AsMemory(count), CancellationToken.None);
                IPublication? idleWork = null;
                if (!receive.IsCompleted)
                {
                    // Everything the socket had buffered has been handed over: the receiver's idle work (publishing what
                    // it read) runs on this thread once the next read is registered, so the loop resumes elsewhere if
                    // data comes in meanwhile and never waits for that work.
                    idleWork = receiver.OnReceiveIdle();
                }

                ValueWebSocketReceiveResult result = idleWork is null
                    ? await receive.ConfigureAwait(false)
                    : await new ThenRun(receive, idleWork, this);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    end = new LinkEnd($"closed by the server ({_socket.CloseStatus} {_socket.CloseStatusDescription})".TrimEnd(), null);
                    break;
                }

                count += result.Count;
                if (!result.EndOfMessage)
                {
                    continue;
                }

                if (result.MessageType == WebSocketMessageType.Binary)
                {
                    receiver.OnBinaryFrame(count);
                }
                else
                {
                    receiver.OnTextFrame(buffer.AsMemory(0, count));
                }

                count = 0;
                if (_publishBeforeReading && receiver.OnNothingMoreExpected() is { } work && !PublishHere(run, work))
                {
                    // A caller blocked in its continuation and the sweep handed the socket to a new run: this one ends
                    // without reporting (the new run reports the end).
                    return;
                }
            }
        }
        catch (Exception ex)
        {
            end = new LinkEnd("connection dropped", ex);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        _ended.TrySetResult(end);
    }

    /// <summary>
    /// Notes how long a publication's callers took (<see cref="System.Diagnostics.Stopwatch"/> ticks). A slow one shows
    /// callers that work in their continuations: the loop then registers the next read before publishing, so the socket
    /// is read on another thread meanwhile, until enough quick publications in a row (a pause, a preemption) show it
    /// was a one-off.
    /// </summary>
    internal void NotePublication(long took)
    {
        if (took > SlowPublication)
        {
            _quickPublications = 0;
            _publishBeforeReading = false;
        }
        else if (++_quickPublications == QuickPublicationsToResume)
        {
            _publishBeforeReading = true;
        }
    }

    /// <summary>
    /// Publishes on the receive loop's thread before the next read (no other response is expected, so nothing is gained
    /// by reading first); false when the run was abandoned meanwhile (<see cref="RescueStalledPublication"/>).
    /// </summary>
    private bool PublishHere(ReceiveRun run, IPublication work)
    {
        Interlocked.Increment(ref run.Publications);
        Volatile.Write(ref run.State, ReceiveRun.Publishing);
        NotePublication(work.Publish());
        return Interlocked.CompareExchange(ref run.State, ReceiveRun.Reading, ReceiveRun.Publishing) == ReceiveRun.Publishing;
    }

    /// <summary>
    /// Closes gracefully, bounded: sends a close frame, waits (at most two seconds each) for the send and for
    /// <paramref name="receiveEnded"/>, then aborts whatever is left. Never throws.
    /// </summary>
    public async Task CloseAsync(string reason, Task receiveEnded)
    {
        try
        {
            using var timeout = new CancellationTokenSource(CloseBound, _time);
            if (_socket.State == WebSocketState.Open)
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, reason, timeout.Token).ConfigureAwait(false);
            }

            await receiveEnded.WaitAsync(CloseBound, _time).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Closing is best effort; the abort below ends the link either way.
        }

        Abort();
    }

    /// <summary>Ends the socket at once; a receive in progress returns (a run stuck publishing is replaced, so the end is reported).</summary>
    public void Abort()
    {
        _socket.Abort();
        Rescue(force: true);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _socket.Dispose();
        _invoker.Dispose();
    }
}

/// <summary>What a <see cref="WebSocketLink"/> hands its messages to (called on the receive loop: must not block).</summary>
internal interface IFrameReceiver
{
    /// <summary>A whole text message; the memory is only valid during the call.</summary>
    void OnTextFrame(ReadOnlyMemory<byte> frame);

    /// <summary>A binary message, which the WS API never sends.</summary>
    void OnBinaryFrame(int length);

    /// <summary>
    /// The next read will wait for the network: every message received so far has been handed over. Returns work to
    /// run once that read is registered (on this thread, while the loop may already resume on another), or null.
    /// </summary>
    IPublication? OnReceiveIdle();

    /// <summary>
    /// Asked after each message: returns the work to run on this thread before the next read is issued when nothing
    /// more is expected (no other request awaits its answer), or null. Should that work block, the link hands the
    /// socket to a new run of its loop.
    /// </summary>
    IPublication? OnNothingMoreExpected();
}

/// <summary>
/// Awaits a pending receive and runs <c>work</c> right after registering the continuation: the work happens on the
/// current thread, no work item is queued for it, and the receive loop does not wait for it (when the read completes,
/// the socket schedules the continuation on the thread pool as usual).
/// </summary>
internal readonly struct ThenRun(ValueTask<ValueWebSocketReceiveResult> receive, IPublication work, WebSocketLink link) : System.Runtime.CompilerServices.ICriticalNotifyCompletion
{
    // Always suspends: the work must run after the continuation is registered, not before the result is read.
    public bool IsCompleted => false;

    public ThenRun GetAwaiter() => this;

    public ValueWebSocketReceiveResult GetResult() => receive.GetAwaiter().GetResult();

    public void OnCompleted(Action continuation)
    {
        receive.ConfigureAwait(false).GetAwaiter().OnCompleted(continuation);
        Publish();
    }

    public void UnsafeOnCompleted(Action continuation)
    {
        // Were the read complete already, the continuation is queued (never run inline here): the work below still
        // runs first on this thread and the loop resumes on another.
        receive.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(continuation);
        Publish();
    }

    private void Publish() => link.NotePublication(work.Publish());
}

/// <summary>
/// One run of a link's receive loop. Normally one run lasts as long as the link; a run that publishes before reading
/// and stays stuck there (a caller blocking in its continuation) is abandoned and replaced, so the socket keeps being
/// read.
/// </summary>
internal sealed class ReceiveRun
{
    public const int Reading = 0, Publishing = 1, Abandoned = 2;

    /// <summary><see cref="Reading"/>, <see cref="Publishing"/> or <see cref="Abandoned"/>.</summary>
    public int State;

    /// <summary>Publications started on this run, so the sweep can tell one long publication from two short ones.</summary>
    public int Publications;

    /// <summary>The publication the sweep last saw in progress (touched by the sweep only).</summary>
    public int SweptPublication = -1;
}

/// <summary>Why a link's receive loop ended.</summary>
/// <param name="Reason">Short text for logs and exceptions.</param>
/// <param name="Cause">The failure behind it, if any.</param>
internal readonly record struct LinkEnd(string Reason, Exception? Cause);
