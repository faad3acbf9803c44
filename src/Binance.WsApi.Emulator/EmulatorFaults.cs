using System.Text;
using Binance.WsApi.Emulator.Faults;
using Binance.WsApi.Emulator.Hosting;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator;

/// <summary>
/// Fault injection for client tests. Request-level faults (<see cref="DropOnNextRequest"/>,
/// <see cref="SwallowResponses"/>, <see cref="DelayResponses"/>, <see cref="ForceRateLimit"/>) arm rules that
/// match the next requests with a valid envelope, optionally only those of one method (wire name without the
/// spot <c>v3/</c> prefix). The same faults are reachable over HTTP under <c>/admin/faults/…</c>.
/// </summary>
public sealed class EmulatorFaults
{
    private readonly EmulatorServices _services;

    internal EmulatorFaults(EmulatorServices services) => _services = services;

    /// <summary>When true, WebSocket handshakes are answered with HTTP 503 (existing connections stay open).</summary>
    public bool RefuseConnections
    {
        get => _services.Faults.RefuseConnections;
        set => _services.Faults.RefuseConnections = value;
    }

    /// <summary>Aborts every open WebSocket connection at the TCP level (no close frame).</summary>
    /// <returns>How many connections were dropped.</returns>
    public Task<int> DropConnectionsAsync(CancellationToken cancellationToken = default)
    {
        int count = 0;
        foreach (ClientConnection connection in _services.Connections.Snapshot())
        {
            cancellationToken.ThrowIfCancellationRequested();
            connection.Abort();
            count++;
        }

        return Task.FromResult(count);
    }

    /// <summary>When the next request (of <paramref name="method"/>, or any) arrives, drop its connection without answering; the request is not executed.</summary>
    public void DropOnNextRequest(string? method = null) => _services.Faults.Add(new FaultRule(FaultKind.DropNext, method, 1));

    /// <summary>Execute the next <paramref name="count"/> requests (of <paramref name="method"/>, or any) but send no response.</summary>
    public void SwallowResponses(int count, string? method = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        _services.Faults.Add(new FaultRule(FaultKind.Swallow, method, count));
    }

    /// <summary>
    /// Send the responses of the next <paramref name="count"/> requests (of <paramref name="method"/>, or any)
    /// <paramref name="delay"/> late, measured on the emulator clock. Later requests are not held up.
    /// </summary>
    public void DelayResponses(int count, TimeSpan delay, string? method = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        _services.Faults.Add(new FaultRule(FaultKind.Delay, method, count) { Delay = delay });
    }

    /// <summary>Sends <paramref name="text"/> as a text frame to every open connection.</summary>
    /// <returns>How many connections it was sent to.</returns>
    public async Task<int> SendMalformedFrameAsync(string text = "{\"this is\": not json", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        int count = 0;
        foreach (ClientConnection connection in _services.Connections.Snapshot())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await connection.SendAsync(bytes).ConfigureAwait(false))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// Answer the next <paramref name="count"/> requests with a rate-limit error instead of executing them:
    /// status 429 → <c>-1003</c> "Too much request weight used…"; status 418 → <c>-1003</c> "Way too much request
    /// weight used; IP banned until…", then the connection is closed (1008). <c>error.data</c> carries
    /// <c>serverTime</c> and <c>retryAfter</c> = now + <paramref name="retryAfter"/> (default: the next minute
    /// for 429, two minutes for 418).
    /// </summary>
    public void ForceRateLimit(int count, int status = 429, TimeSpan? retryAfter = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        if (status is not (429 or 418))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "Status must be 429 or 418.");
        }

        if (retryAfter is { } after)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(after, TimeSpan.Zero, nameof(retryAfter));
        }

        _services.Faults.Add(new FaultRule(FaultKind.RateLimit, null, count) { Status = status, RetryAfter = retryAfter });
    }

    /// <summary>
    /// Sends <c>{"event":{"e":"serverShutdown","E":&lt;ms&gt;}}</c> to every open connection and closes each
    /// (1001) <see cref="EmulatorOptions.ServerShutdownGrace"/> later.
    /// </summary>
    /// <returns>How many connections were notified.</returns>
    public async Task<int> SendServerShutdownAsync(CancellationToken cancellationToken = default)
    {
        long now = _services.Time.GetUtcNow().ToUnixTimeMilliseconds();
        byte[] frame = ResponseWriter.Event(w =>
        {
            w.WriteString("e", "serverShutdown");
            w.WriteNumber("E", now);
        });
        int count = 0;
        foreach (ClientConnection connection in _services.Connections.Snapshot())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await connection.SendAsync(frame).ConfigureAwait(false))
            {
                count++;
                connection.ScheduleShutdownClose(_services.Options.ServerShutdownGrace);
            }
        }

        return count;
    }

    /// <summary>
    /// Pushes <c>eventStreamTerminated</c> on every active user data subscription (all connections) and ends them, as
    /// Binance does when it drops a stream; connections stay open and may subscribe again.
    /// </summary>
    /// <returns>How many subscriptions were ended.</returns>
    public int TerminateUserDataStreams() => _services.UserData.TerminateAll();

    /// <summary>
    /// Expires every margin listen token now: tokens issued so far are refused (<c>-1209</c>) and every listen-token
    /// subscription ends with <c>eventStreamTerminated</c>, as when a client failed to renew in time.
    /// </summary>
    /// <returns>How many subscriptions were ended.</returns>
    public int ExpireListenTokens()
    {
        _services.UserData.Tokens.ExpireAll();
        return _services.UserData.ExpireListenTokenSubscriptions();
    }

    /// <summary>
    /// Futures: every listen key expires now (as if nobody had pinged for 60 minutes): each user data stream
    /// connection gets <c>{"e":"listenKeyExpired",…}</c> and is closed; start then issues a new key.
    /// </summary>
    /// <returns>How many stream connections were closed.</returns>
    public int ExpireListenKeys() => _services.FuturesStreams.ExpireAll();

    /// <summary>Disarms every pending fault and accepts connections again.</summary>
    public void Reset() => _services.Faults.Clear();
}
