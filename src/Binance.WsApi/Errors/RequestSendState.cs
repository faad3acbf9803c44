namespace Binance.WsApi;

/// <summary>
/// Whether a failed request's frame may have reached the server. This decides what a caller may do next:
/// a <see cref="NotSent"/> request is safe to retry, a <see cref="Sent"/> one has an unknown outcome and must be
/// reconciled (for an order: query it by its client order id) before anything is repeated.
/// </summary>
public enum RequestSendState
{
    /// <summary>The frame was never handed to the socket: the server cannot have seen it. Safe to retry.</summary>
    NotSent,

    /// <summary>The frame was (or may have been) written to the socket: the server may have executed it.</summary>
    Sent,
}
