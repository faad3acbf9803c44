using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Binance.WsApi.Diagnostics;

/// <summary>
/// The client's one <see cref="ActivitySource"/> and one <see cref="Meter"/>, shared by every client in the process
/// (as the runtime's own HTTP instrumentation does), and their instruments. Callers check
/// <see cref="ActivitySource.HasListeners"/> or <see cref="Instrument.Enabled"/> first, so that nothing is computed,
/// boxed or allocated while nobody listens.
/// </summary>
internal static class Instruments
{
    private static readonly string? Version = typeof(Instruments).Assembly.GetName().Version?.ToString();

    // Connections whose rate limits the gauges report: every connection of a client that is not disposed.
    private static readonly ConcurrentDictionary<ConnectionTelemetry, byte> RateLimitSources = new();

    public static readonly ActivitySource Source = new(WsApiDiagnostics.ActivitySourceName, Version);

    public static readonly Meter Meter = new(WsApiDiagnostics.MeterName, Version);

    public static readonly Histogram<double> RequestDuration = Meter.CreateHistogram(
        "binance.ws_api.client.request.duration", "s", "Time from the call to its outcome (response, failure, timeout or cancellation), including any wait for a socket or a logon.",
        tags: null,
        new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 10] });

    public static readonly UpDownCounter<long> ActiveRequests = Meter.CreateUpDownCounter<long>(
        "binance.ws_api.client.active_requests", "{request}", "Requests sent or queued and not answered yet.");

    public static readonly Counter<long> Reconnects = Meter.CreateCounter<long>(
        "binance.ws_api.client.reconnects", "{reconnect}", "Reconnect loops that ended, by outcome (reconnected, gave_up, closed).");

    public static readonly Counter<long> Logons = Meter.CreateCounter<long>(
        "binance.ws_api.client.logons", "{logon}", "session.logon requests that ended, by outcome.");

    public static readonly Counter<long> DroppedEvents = Meter.CreateCounter<long>(
        "binance.ws_api.client.dropped_events", "{event}", "Events dropped because a bounded queue was full (the oldest goes), by queue.");

    public static readonly Counter<long> SentBytes = Meter.CreateCounter<long>(
        "binance.ws_api.client.sent_bytes", "By", "Bytes of WebSocket message payload sent on WS API connections.");

    public static readonly Counter<long> ReceivedBytes = Meter.CreateCounter<long>(
        "binance.ws_api.client.received_bytes", "By", "Bytes of WebSocket message payload received on WS API connections.");

    public static readonly ObservableGauge<int> RateLimitUsage = Meter.CreateObservableGauge(
        "binance.ws_api.client.rate_limit.usage", () => ObserveRateLimits(limit: false), "{unit}",
        "Usage of each rate limit in its current window, as the client's rate governor counts it (responses' rateLimits and the requests sent since).");

    public static readonly ObservableGauge<int> RateLimitLimit = Meter.CreateObservableGauge(
        "binance.ws_api.client.rate_limit.limit", () => ObserveRateLimits(limit: true), "{unit}",
        "The ceiling of each rate limit (from responses' rateLimits or exchangeInfo; Binance's documented value until then).");

    public static void TrackRateLimits(ConnectionTelemetry connection) => RateLimitSources.TryAdd(connection, 0);

    public static void UntrackRateLimits(ConnectionTelemetry connection) => RateLimitSources.TryRemove(connection, out _);

    /// <summary>A drop from one of the client's bounded queues (rare, so the tag array is not worth caching).</summary>
    public static void EventDropped(string queue)
    {
        if (DroppedEvents.Enabled)
        {
            DroppedEvents.Add(1, new KeyValuePair<string, object?>(TagNames.Queue, queue));
        }
    }

    private static IEnumerable<Measurement<int>> ObserveRateLimits(bool limit)
    {
        // Runs on the collector's thread, only when it asks: allocation here costs nobody who does not listen.
        foreach (ConnectionTelemetry connection in RateLimitSources.Keys)
        {
            foreach (Measurement<int> m in connection.RateLimitMeasurements(limit))
            {
                yield return m;
            }
        }
    }
}
