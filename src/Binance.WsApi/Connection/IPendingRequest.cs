using Binance.WsApi.Protocol;

namespace Binance.WsApi.Connection;

/// <summary>
/// A request waiting for its response, registered in the socket's <see cref="PendingTable"/> before its frame is
/// written. Its outcome is decided once (by whoever removed it from the table) and then published to the awaiting
/// caller in a separate step, never on the receive loop: a response is read on the receive loop (<see cref="Read"/>) and
/// published with the other responses of the same socket read (<see cref="CompletionBatch"/>), where the callers'
/// continuations run one after another; a failure (timeout, cancellation, end of the socket) is published by a
/// thread-pool work item of its own, so a timer or a canceller never runs caller code either.
/// </summary>
/// <remarks>
/// An interface rather than a base class so that the one implementation, <see cref="PendingRequest{T}"/>, can be the
/// caller's <see cref="TaskCompletionSource{TResult}"/> itself: one object fewer per request.
/// </remarks>
internal interface IPendingRequest
{
    long Id { get; }

    string Method { get; }

    WsApiEndpoint Endpoint { get; }

    TimeSpan Timeout { get; }

    /// <summary>TimeProvider timestamp after which the request times out, set when it is registered.</summary>
    long Deadline { get; set; }

    RequestSendState SendState { get; }

    /// <summary>The request's params while it waits in the send queue (cleared once its frame is written).</summary>
    WsApiParameters? Parameters { get; set; }

    /// <summary>The client order id a placement carries, recorded on any failure of this request.</summary>
    string? ClientOrderId { get; }

    /// <summary>How the request is authorised, read when its frame is written.</summary>
    RequestAuth Auth { get; set; }

    /// <summary>True once the request has its outcome (result, failure, timeout or cancellation), published or not.</summary>
    bool IsCompleted { get; }

    /// <summary>
    /// Claims the request for the socket, just before its frame goes there: from then on the outcome is unknown on
    /// failure. False when a failure (timeout, cancellation, end of the socket) settled it as NotSent first: the
    /// frame must then not be sent, or the caller, told it is safe to retry, could place an order twice.
    /// </summary>
    bool TryMarkSent();

    /// <summary>
    /// The send state a failure reports, fixed for good: Sent when the writer claimed the request, otherwise NotSent
    /// and the writer will no longer send it.
    /// </summary>
    RequestSendState SettleSendState();

    /// <summary>
    /// Cancels the request when <paramref name="cancellationToken"/> fires while it still waits in
    /// <paramref name="table"/>.
    /// </summary>
    void CancelWith(PendingTable table, CancellationToken cancellationToken);

    /// <summary>
    /// Reads the response and decides the outcome (result or error) without publishing it: the frame is only valid
    /// during the call, the caller's continuation must not run here. Returns the response's rate limits, packed (none
    /// when it has none). <see cref="Publish"/> hands the outcome to the caller.
    /// </summary>
    PackedRateLimits Read(ReadOnlySpan<byte> frame, in FrameHeader header);

    /// <summary>Completes the caller's task with the decided outcome; the caller's continuation runs on this thread.</summary>
    void Publish();

    /// <summary>Fails the request; false when its outcome was already decided. Published on the thread pool.</summary>
    bool TryFail(Exception exception);

    /// <summary>Cancels the request; false when its outcome was already decided. Published on the thread pool.</summary>
    bool TryCancel(CancellationToken cancellationToken);
}
