using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Binance.WsApi.Diagnostics;
using Binance.WsApi.Protocol;

namespace Binance.WsApi.Connection;

/// <summary>
/// A pending request whose result is read as <typeparamref name="T"/> (see <see cref="IPendingRequest"/>). It is the
/// caller's task source itself, and keeps only what the hot path needs: a cancellable token's registration lives in a
/// <see cref="CancellationHook"/> made only for such tokens, the telemetry rides in the task's AsyncState (a field every
/// task has anyway), and the decided outcome (response or failure) shares one field.
/// </summary>
internal sealed class PendingRequest<T> : TaskCompletionSource<WsApiResponse<T>>, IPendingRequest, IThreadPoolWorkItem
{
    private readonly JsonTypeInfo<T> _resultType;
    // Bytes, not ints, with the endpoint beside them: the flags and the endpoint share one word, so a request is 104 B.
    private byte _sent; // 0: not sent yet; 1: claimed by the writer, its frame goes to the socket; 2: failed before that
    private byte _decided;
    private readonly byte _endpoint;
    private CancellationHook? _cancellation;
    private object? _outcome; // the decided WsApiResponse<T> or Exception, until published

    // telemetry: the request's telemetry, null while nobody listens.
    public PendingRequest(long id, string method, WsApiEndpoint endpoint, TimeSpan timeout, JsonTypeInfo<T> resultType, RequestTelemetry? telemetry = null)
        : base(telemetry, TaskCreationOptions.None)
    {
        // Continuations run synchronously, on whichever thread publishes: never the receive loop, a timer or a
        // canceller (see IPendingRequest), always a completion batch or a work item of ours.
        Id = id;
        Method = method;
        _endpoint = (byte)endpoint;
        Timeout = timeout;
        _resultType = resultType;
        telemetry?.SetRequestId(id);
    }

    public long Id { get; }

    public string Method { get; }

    public WsApiEndpoint Endpoint => (WsApiEndpoint)_endpoint;

    public TimeSpan Timeout { get; }

    public long Deadline { get; set; }

    public RequestSendState SendState => Volatile.Read(ref _sent) == 1 ? RequestSendState.Sent : RequestSendState.NotSent;

    public WsApiParameters? Parameters { get; set; }

    public string? ClientOrderId { get; init; }

    public RequestAuth Auth { get; set; }

    public bool IsCompleted => Volatile.Read(ref _decided) != 0;

    private RequestTelemetry? Telemetry => Task.AsyncState as RequestTelemetry;

    private string IdText => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public bool TryMarkSent() => Interlocked.CompareExchange(ref _sent, (byte)1, (byte)0) == 0;

    public RequestSendState SettleSendState()
    {
        Interlocked.CompareExchange(ref _sent, (byte)2, (byte)0);
        return SendState;
    }

    public void CancelWith(PendingTable table, CancellationToken cancellationToken) =>
        _cancellation = CancellationHook.Register(table, this, cancellationToken);

    public PackedRateLimits Read(ReadOnlySpan<byte> frame, in FrameHeader header)
    {
        PackedRateLimits rateLimits = default;
        if (!TryDecide())
        {
            return rateLimits;
        }

        try
        {
            rateLimits = header.ReadRateLimits(frame);
            if (header.Status is >= 200 and < 300 && header.Result.End.Value > 0)
            {
                // An empty result ({}) is the same for every method: no need to parse it.
                T? result = typeof(T) == typeof(EmptyResult) ? (T)(object)EmptyResult.Instance : JsonSerializer.Deserialize(frame[header.Result], _resultType);
                var response = new WsApiResponse<T>(result!, Id, header.Status, rateLimits, Endpoint);
                // Ended before the caller resumes, so whoever awaits the request sees its span already stopped.
                Telemetry?.Succeeded(header.Status);
                _outcome = response;
            }
            else if (header.Status is >= 200 and < 300)
            {
                throw new JsonException("The response has status 200 but no 'result'.");
            }
            else
            {
                DecideFailure(WsApiErrors.FromErrorResponse(frame, header, rateLimits.ToList(), Method, IdText, Endpoint));
            }
        }
        catch (Exception ex)
        {
            // The server did answer (so the request was executed), but not in a shape we can read. Whatever the
            // parser threw, this request gets its answer and the receive loop carries on.
            DecideFailure(WsApiErrors.UnreadableResponse(Endpoint, Method, IdText, typeof(T).Name, ex));
        }
        finally
        {
            _cancellation?.Dispose();
        }

        return rateLimits;
    }

    public void Publish()
    {
        if (_outcome is WsApiResponse<T> response)
        {
            TrySetResult(response);
        }
        else if (_outcome is Exception failure)
        {
            TrySetException(failure);
        }
    }

    /// <summary><see cref="Read"/> and <see cref="Publish"/> at once (the caller's continuation runs on this thread).</summary>
    public PackedRateLimits Complete(ReadOnlySpan<byte> frame, in FrameHeader header)
    {
        PackedRateLimits rateLimits = Read(frame, header);
        Publish();
        return rateLimits;
    }

    public bool TryFail(Exception exception)
    {
        _cancellation?.Dispose();
        return TryDecide() && FailOnThreadPool(exception);
    }

    public bool TryCancel(CancellationToken cancellationToken)
    {
        _cancellation?.Dispose();
        return TryDecide() && FailOnThreadPool(new WsApiRequestCanceledException(SettleSendState(), Method, IdText, cancellationToken));
    }

    void IThreadPoolWorkItem.Execute() => Publish();

    /// <summary>Claims the one right to decide the outcome.</summary>
    private bool TryDecide() => Interlocked.Exchange(ref _decided, (byte)1) == 0;

    /// <summary>Publishes a failure off the failing thread (a timer, a canceller, a sender): see IPendingRequest.</summary>
    private bool FailOnThreadPool(Exception exception)
    {
        DecideFailure(exception);
        ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        return true;
    }

    private void DecideFailure(Exception exception)
    {
        if (exception is WsApiException failure)
        {
            failure.RememberClientOrderId(Method, ClientOrderId);
        }

        Telemetry?.Failed(exception, SendState);
        _outcome = exception;
    }
}
