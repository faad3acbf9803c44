namespace Binance.WsApi.RateLimits;

/// <summary>
/// Applies the client's <see cref="RateLimitPolicy"/> to every WebSocket connection attempt (first connect, each
/// reconnect, each move to a fresh socket), counted in its market's shared <see cref="ConnectionRateLimit"/>: Off
/// connects anyway (and counts), Fail refuses at once with a <see cref="BinanceRateLimitException"/> (not sent), Wait
/// waits on the client's clock until the window allows it, within <c>maxWait</c> when the attempt has a deadline.
/// </summary>
internal sealed class ConnectionGovernor
{
    /// <summary>The method name a refused attempt reports.</summary>
    public const string ConnectMethod = "connect";

    private readonly RateLimitPolicy _policy;
    private readonly TimeProvider _time;
    private readonly ConnectionRateLimit[] _markets;

    public ConnectionGovernor(RateLimitPolicy policy, TimeProvider time)
    {
        _policy = policy;
        _time = time;
        _markets = [new(WsApiMarket.Spot, time), new(WsApiMarket.UsdM, time), new(WsApiMarket.CoinM, time)];
    }

    public ConnectionRateLimit For(WsApiMarket market) => _markets[(int)market];

    /// <summary>
    /// Completes when <paramref name="endpoint"/> may open a socket (the attempt is then counted). Fails with a
    /// <see cref="BinanceRateLimitException"/>, or with <see cref="OperationCanceledException"/> when
    /// <paramref name="cancellationToken"/> ends the wait. A null <paramref name="maxWait"/> waits as long as needed.
    /// </summary>
    public ValueTask AcquireAsync(WsApiEndpoint endpoint, TimeSpan? maxWait, CancellationToken cancellationToken)
    {
        ConnectionRateLimit limit = For(WsApiEndpoints.GetMarket(endpoint));
        if (limit.TryReserve(force: _policy == RateLimitPolicy.Off, out long retryAtMs, out RateLimitUsage? blocking))
        {
            return ValueTask.CompletedTask;
        }

        long deadlineMs = maxWait is { } m ? _time.GetUtcNow().ToUnixTimeMilliseconds() + (long)m.TotalMilliseconds : long.MaxValue;
        if (_policy == RateLimitPolicy.Fail || retryAtMs > deadlineMs)
        {
            return ValueTask.FromException(Refusal(endpoint, retryAtMs, blocking, beyondDeadline: _policy == RateLimitPolicy.Wait));
        }

        return WaitAsync(limit, endpoint, retryAtMs, deadlineMs, cancellationToken);
    }

    private async ValueTask WaitAsync(ConnectionRateLimit limit, WsApiEndpoint endpoint, long retryAtMs, long deadlineMs, CancellationToken cancellationToken)
    {
        limit.EnterWait();
        try
        {
            while (true)
            {
                long nowMs = _time.GetUtcNow().ToUnixTimeMilliseconds();
                if (retryAtMs > nowMs)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(retryAtMs - nowMs), _time, cancellationToken).ConfigureAwait(false);
                }

                // Another connection woken at the same instant may have taken the room: try again.
                if (limit.TryReserve(force: false, out retryAtMs, out RateLimitUsage? blocking))
                {
                    return;
                }

                if (retryAtMs > deadlineMs)
                {
                    throw Refusal(endpoint, retryAtMs, blocking, beyondDeadline: true);
                }
            }
        }
        finally
        {
            limit.ExitWait();
        }
    }

    private static BinanceRateLimitException Refusal(WsApiEndpoint endpoint, long retryAtMs, RateLimitUsage? blocking, bool beyondDeadline) =>
        BinanceRateLimitException.NotSentByGovernor(ConnectMethod, endpoint, blocking, DateTimeOffset.FromUnixTimeMilliseconds(retryAtMs),
            banned: false, beyondDeadline);
}
