using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Binance.WsApi.Tests.Support;

namespace Binance.WsApi.Tests.Diagnostics;

/// <summary>
/// Listens to the client's ActivitySource and Meter the way an exporter would, keeping only what belongs to one
/// emulator (by its port, since both are process-wide), so tests await a stopped span or read measurements without
/// caring what else runs.
/// </summary>
internal sealed class TelemetryCapture : IDisposable
{
    private readonly int _port;
    private readonly ActivityListener? _activities;
    private readonly MeterListener? _meters;
    private readonly ConcurrentQueue<Activity> _stopped = new();
    private readonly ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)> _measurements = new();
    private readonly SemaphoreSlim _signal = new(0);

    public TelemetryCapture(int port, bool traces = true, bool metrics = true)
    {
        _port = port;
        if (traces)
        {
            _activities = new ActivityListener
            {
                ShouldListenTo = s => s.Name == WsApiDiagnostics.ActivitySourceName,
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = a =>
                {
                    if (Equals(a.GetTagItem("server.port"), _port))
                    {
                        _stopped.Enqueue(a);
                        _signal.Release();
                    }
                },
            };
            ActivitySource.AddActivityListener(_activities);
        }

        if (metrics)
        {
            _meters = new MeterListener
            {
                InstrumentPublished = (instrument, listener) =>
                {
                    if (instrument.Meter.Name == WsApiDiagnostics.MeterName)
                    {
                        listener.EnableMeasurementEvents(instrument);
                    }
                },
            };
            _meters.SetMeasurementEventCallback<long>((i, v, tags, _) => Record(i, v, tags));
            _meters.SetMeasurementEventCallback<int>((i, v, tags, _) => Record(i, v, tags));
            _meters.SetMeasurementEventCallback<double>((i, v, tags, _) => Record(i, v, tags));
            _meters.Start();
        }
    }

    public IReadOnlyCollection<Activity> Stopped => _stopped.ToArray();

    /// <summary>Measurements of one instrument, for this emulator (or untagged by server, like the dropped-events counter).</summary>
    public IReadOnlyList<(double Value, Dictionary<string, object?> Tags)> Measurements(string instrument) =>
        _measurements.Where(m => m.Instrument == instrument).Select(m => (m.Value, m.Tags)).ToList();

    /// <summary>Asks the observable instruments (the rate-limit gauges) for their values now.</summary>
    public void CollectObservables() => _meters?.RecordObservableInstruments();

    public async Task<Activity> WaitForStoppedAsync(Func<Activity, bool> predicate)
    {
        using var deadline = new CancellationTokenSource(EmulatorHarness.Wait);
        while (true)
        {
            if (_stopped.FirstOrDefault(predicate) is { } found)
            {
                return found;
            }

            await _signal.WaitAsync(deadline.Token);
        }
    }

    public void Dispose()
    {
        _activities?.Dispose();
        _meters?.Dispose();
    }

    private void Record<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        where T : struct, IConvertible
    {
        var map = new Dictionary<string, object?>();
        foreach (KeyValuePair<string, object?> tag in tags)
        {
            map[tag.Key] = tag.Value;
        }

        if (map.TryGetValue("server.port", out object? port) && !Equals(port, _port))
        {
            return;
        }

        _measurements.Enqueue((instrument.Name, value.ToDouble(System.Globalization.CultureInfo.InvariantCulture), map));
    }
}

/// <summary>
/// The diagnostics tests run alone: listeners are process-wide, so a test that measures the cost of nobody listening
/// must not overlap one that listens, and other tests should not pay for these listeners.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DiagnosticsCollection
{
    public const string Name = "Diagnostics";
}
