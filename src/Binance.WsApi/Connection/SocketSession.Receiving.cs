using Binance.WsApi.Protocol;

namespace Binance.WsApi.Connection;

// The receive side: every frame the link hands over is routed to its pending request, the push listeners or the error event.
internal partial class SocketSession : IFrameReceiver
{
    private async Task ReceiveAsync()
    {
        LinkEnd end = await _link.ReceiveAsync(this).ConfigureAwait(false);
        // Responses read before the end are decided: they are published, not failed.
        DispatchCompletions();
        Terminate(end.Reason, end.Cause);
    }

    /// <summary>
    /// The next read would wait: the responses this run of reads decided are published by the link on this thread,
    /// once that read is registered (no work item, no worker woken; the receive loop carries on without it).
    /// </summary>
    IPublication? IFrameReceiver.OnReceiveIdle()
    {
        CompletionBatch? batch = _completions;
        _completions = null;
        return batch;
    }

    /// <summary>
    /// The last request in flight has its response: nothing more is coming, so the link publishes it on this thread
    /// before it reads again, as a hand-written loop would send its next request before reading.
    /// </summary>
    IPublication? IFrameReceiver.OnNothingMoreExpected()
    {
        CompletionBatch? batch = _completions;
        if (batch is null || !_pending.IsEmpty)
        {
            return null;
        }

        _completions = null;
        return batch;
    }

    /// <summary>Hands the batch being filled to another worker (mid-burst when full, or at the end of the socket).</summary>
    private void DispatchCompletions()
    {
        if (_completions is { } batch)
        {
            _completions = null;
            batch.Dispatch();
        }
    }

    void IFrameReceiver.OnBinaryFrame(int length)
    {
        _owner.Telemetry.FrameReceived(length);
        _context.Observer.OnError(_owner.Endpoint, $"Ignored an unexpected binary frame of {length} bytes.", null);
    }

    /// <summary>Nothing one frame contains may end the receive loop: a failure to handle it is reported and skipped.</summary>
    void IFrameReceiver.OnTextFrame(ReadOnlyMemory<byte> frame)
    {
        _owner.Telemetry.FrameReceived(frame.Length);
        try
        {
            HandleFrame(frame);
        }
        catch (Exception ex)
        {
            try
            {
                _context.Observer.OnError(_owner.Endpoint, "Could not handle an incoming frame: " + ex.Message + " — " + Preview(frame.Span), ex);
            }
            catch (Exception)
            {
                // Reporting failed too; the loop still goes on.
            }
        }
    }

    private void HandleFrame(ReadOnlyMemory<byte> frame)
    {
        if (!FrameHeader.TryRead(frame.Span, out FrameHeader header))
        {
            // A frame we cannot route is reported and skipped; the connection and other requests carry on.
            _context.Observer.OnError(_owner.Endpoint, "Received a frame that is neither a response nor an event: " + Preview(frame.Span), null);
            return;
        }

        _context.Observer.OnFrame(_owner.Endpoint, frame, header);
        if (header.Kind == FrameKind.Event)
        {
            _owner.OnPush(this, frame, header);
            return;
        }

        // A 429/418's retryAfter is taken before its caller can see the refusal and send again.
        _owner.RateLimits.OnStatus(frame.Span, header);
        if (header.IdIsNumber && _pending.TryRemove(header.NumericId, out IPendingRequest? pending))
        {
            // Decided here, published with the rest of this read's responses (CompletionBatch): one hop per batch.
            PackedRateLimits rateLimits = pending.Read(frame.Span, header);
            CompletionBatch batch = _completions ??= CompletionBatch.Rent(_batchPool, _link.Stream);
            batch.Add(pending);
            if (batch.IsFull)
            {
                DispatchCompletions();
            }

            _owner.RateLimits.Observe(rateLimits);
            return;
        }

        if (header.IdIsNull)
        {
            _owner.OnConnectionLevelError(this, frame.Span, header);
            return;
        }

        _context.Observer.OnError(_owner.Endpoint, $"Received a response for an unknown or expired request id ({(header.IdIsNumber ? header.NumericId.ToString(System.Globalization.CultureInfo.InvariantCulture) : header.TextId)}).", null);
    }

    internal static string Preview(ReadOnlySpan<byte> frame)
    {
        ReadOnlySpan<byte> head = frame.Length > 200 ? frame[..200] : frame;
        return System.Text.Encoding.UTF8.GetString(head) + (frame.Length > 200 ? "…" : string.Empty);
    }
}
