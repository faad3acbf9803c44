namespace Binance.WsApi.Emulator.Matching;

/// <summary>Receives the engine's domain events, one batch per operation, in stream order. Called under the engine lock: do not block.</summary>
internal interface IEngineEventSink
{
    void Publish(IReadOnlyList<EngineEvent> batch);
}

/// <summary>Keeps every event (tests; the user data stream will fan out from a sink like this).</summary>
internal sealed class RecordingEventSink : IEngineEventSink
{
    private readonly List<EngineEvent> _events = [];
    private readonly Lock _lock = new();

    public IReadOnlyList<EngineEvent> Events
    {
        get
        {
            lock (_lock)
            {
                return [.. _events];
            }
        }
    }

    public void Publish(IReadOnlyList<EngineEvent> batch)
    {
        lock (_lock)
        {
            _events.AddRange(batch);
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _events.Clear();
        }
    }
}
