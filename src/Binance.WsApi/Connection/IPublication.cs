namespace Binance.WsApi.Connection;

/// <summary>
/// What a <see cref="IFrameReceiver"/> hands its link to run on the receive loop's thread: publishing the responses it
/// read, that is running their callers' continuations.
/// </summary>
internal interface IPublication
{
    /// <summary>
    /// Publishes. Returns how long the callers' own code took (<see cref="System.Diagnostics.Stopwatch"/> ticks), not
    /// counting the send of the frames they wrote, which leaves when the batch ends: the link watches that time to spot
    /// callers that work in their continuations, and that send is the link's own work (on loopback it may even include
    /// the peer's turn on the CPU), not the callers'. (Frames a batch sends early because its callers already took over
    /// 100 µs are counted: by then the publication is slow anyway.)
    /// </summary>
    long Publish();
}
