namespace Binance.WsApi.Benchmarks.EndToEnd.Responder;

/// <summary>What answers the participants' requests.</summary>
internal enum ResponderMode
{
    /// <summary>A minimal Kestrel WebSocket server with canned answers: the cheapest possible server side.</summary>
    Fast,

    /// <summary>The real exchange emulator (matching engine, signature checks): a realistic target.</summary>
    Emulator,
}
