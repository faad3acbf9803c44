using Binance.WsApi.Protocol;

namespace Binance.WsApi.Connection;

// The send path: register, queue, and write frames under one flag, synchronously while the socket allows.
internal partial class SocketSession : IFrameReceiver
{
    /// <summary>
    /// Registers the request and queues its frame; the returned task completes with the response. Throws
    /// <see cref="SessionUnavailableException"/> (nothing registered, nothing sent) when the session no longer takes
    /// requests.
    /// </summary>
    public Task<WsApiResponse<T>> SendAsync<T>(PendingRequest<T> request, WsApiParameters? parameters, RequestAuth auth, CancellationToken cancellationToken)
    {
        if (!TrySend(request, parameters, auth, cancellationToken))
        {
            throw new SessionUnavailableException();
        }

        return request.Task;
    }

    /// <summary>
    /// The allocation-free send: registers the request (its deadline runs from now, so a request queued behind a stuck
    /// send still fails in time, NotSent), queues it, and writes queued frames on this thread for as long as the socket
    /// takes them synchronously. False when the session no longer takes requests (nothing registered).
    /// </summary>
    public bool TrySend(IPendingRequest request, WsApiParameters? parameters, RequestAuth auth, CancellationToken cancellationToken)
    {
        if (IsClosed || IsDraining)
        {
            return false;
        }

        request.Deadline = _context.Time.GetTimestamp() + (long)(request.Timeout.TotalSeconds * _context.Time.TimestampFrequency);
        _pending.Add(request);

        // Terminate may have run between the check above and the registration, and its sweep of the pending table
        // may have missed this request (the sweeper timer is gone too): it would never complete. Terminate sets
        // _closed before it sweeps, and the full fence orders the registration before this read, so either the sweep
        // sees the request or this check sees the close.
        Interlocked.MemoryBarrier();
        if (IsClosed)
        {
            // Ours to withdraw (not sent, parameters untouched): the caller retries on the next socket. Otherwise
            // the sweep has it and fails it NotSent.
            return !_pending.TryRemove(request);
        }

        request.Parameters = parameters;
        request.Auth = auth;
        if (cancellationToken.CanBeCanceled)
        {
            request.CancelWith(_pending, cancellationToken);
        }

        _sendQueue.Enqueue(request);
        DrainSendQueue();
        return true;
    }

    /// <summary>
    /// Writes queued frames, one sender at a time (<c>_sending</c>): the thread that wins the flag writes what is
    /// queued, its own frame and those of concurrent callers, so contention costs no waiter objects. When a socket
    /// send does not complete synchronously, <see cref="ContinueSendingAsync"/> keeps the flag and carries on. After
    /// releasing the flag the queue is checked again, so a frame queued during the release is never stranded.
    /// </summary>
    private void DrainSendQueue()
    {
        while (!_sendQueue.IsEmpty && Interlocked.CompareExchange(ref _sending, 1, 0) == 0)
        {
            try
            {
                if (!WriteQueuedFrames())
                {
                    return; // An asynchronous send owns the flag now.
                }
            }
            catch (Exception ex)
            {
                // Not expected (every step handles its own failures). This runs on a caller's thread: never leave the
                // flag taken (every later frame would be stranded) and fail the queued requests rather than throw.
                Terminate("send loop failed", ex);
            }

            ReleaseSendFlag();
        }
    }

    /// <summary>
    /// Releases the send flag with a full fence: a plain (release) store could be ordered after the queue re-check
    /// that follows it, while a concurrent caller enqueued and saw the flag still taken; nobody would write its frame.
    /// </summary>
    private void ReleaseSendFlag() => Interlocked.Exchange(ref _sending, 0);

    /// <summary>Writes frames while the socket completes sends synchronously; false when one went asynchronous.</summary>
    private bool WriteQueuedFrames()
    {
        while (_sendQueue.TryDequeue(out IPendingRequest? request))
        {
            if (request.IsCompleted)
            {
                // Timed out or cancelled while queued: never send it.
                request.Parameters = null;
                continue;
            }

            if (IsClosed)
            {
                // Terminate fails every registered request (NotSent for this one); in case its sweep ran before this
                // one was visible, fail it here too (whoever removes it from the table fails it, once).
                request.Parameters = null;
                if (_pending.TryRemove(request))
                {
                    request.TryFail(WsApiErrors.ConnectionEnded(_owner.Endpoint, "closed", request.Method, request.Id, RequestSendState.NotSent, null));
                }

                continue;
            }

            ReadOnlyMemory<byte> frame;
            try
            {
                SigningPlan plan = _context.CreatePlan(request.Auth, IsLoggedOn, _owner.Market);
                frame = _writer.Write(request.Id, request.Method, request.Parameters, plan);
            }
            catch (Exception ex)
            {
                // Nothing was written (a signer that fails, say): this request fails NotSent, the others go on.
                if (_pending.TryRemove(request))
                {
                    request.TryFail(ex);
                }

                continue;
            }
            finally
            {
                // The frame holds its own copy of every value now; pooled parameter storage can go back.
                request.Parameters?.Recycle();
                request.Parameters = null;
            }

            // From here the frame may reach the server, so every failure is Sent (outcome unknown). The claim is atomic
            // with the failure paths (timeout, cancellation, Terminate): one that already reported NotSent while the
            // frame was being written wins, and the frame is dropped, so NotSent never describes a sent request.
            if (!request.TryMarkSent())
            {
                continue;
            }

            ValueTask send;
            try
            {
                send = _link.SendAsync(frame);
            }
            catch (Exception ex)
            {
                OnSendFailed(request, ex);
                continue;
            }

            if (!send.IsCompletedSuccessfully)
            {
                _ = ContinueSendingAsync(send, request, frame.Length);
                return false;
            }

            // Consume the result: a ValueTask backed by a pooled source is only released by GetResult.
            send.GetAwaiter().GetResult();
            _owner.Telemetry.FrameSent(frame.Length);
        }

        return true;
    }

    /// <summary>Awaits a send that went asynchronous, then keeps draining the queue under the same flag.</summary>
    private async Task ContinueSendingAsync(ValueTask send, IPendingRequest request, int length)
    {
        try
        {
            await send.ConfigureAwait(false);
            _owner.Telemetry.FrameSent(length);
        }
        catch (Exception ex)
        {
            OnSendFailed(request, ex);
        }

        try
        {
            if (!WriteQueuedFrames())
            {
                return;
            }
        }
        catch (Exception ex)
        {
            // Not expected (every step above handles its own failures); never leave the flag taken.
            Terminate("send loop failed", ex);
        }

        ReleaseSendFlag();
        DrainSendQueue();
    }

    private void OnSendFailed(IPendingRequest request, Exception ex)
    {
        WsApiConnectionException failure = WsApiErrors.SendFailed(_owner.Endpoint, request.Method, request.Id, ex);
        if (_pending.TryRemove(request))
        {
            request.TryFail(failure);
        }

        Terminate("send failed", ex);
    }
}
