using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Binance.WsApi.Diagnostics;
using Binance.WsApi.Protocol;

namespace Binance.WsApi.Connection;

/// <summary>
/// A request waiting for its response, registered in the pending table before its frame is written. Its outcome is
/// decided once (by whoever removed it from the table) and then published to the awaiting caller in a separate step,
/// never on the receive loop: a response is read on the receive loop (<see cref="Read"/>) and published with the other
/// responses of the same socket read in one thread-pool work item (<see cref="CompletionBatch"/>), where the callers'
/// continuations run one after another; a failure (timeout, cancellation, end of the socket) is published by a work
/// item of its own (<see cref="IThreadPoolWorkItem"/>), so a timer or a canceller never runs caller code either.
/// </summary>
internal abstract class PendingRequest : IThreadPoolWorkItem
{
    private int _sent;
    private int _decided;

    protected PendingRequest(long id, string method, WsApiEndpoint endpoint, TimeSpan timeout)
    {
        Id = id;
        Method = method;
        Endpoint = endpoint;
        Timeout = timeout;
    }

    public long Id { get; }

    public string Method { get; }

    public WsApiEndpoint Endpoint { get; }

    public TimeSpan Timeout { get; }

    /// <summary>TimeProvider timestamp after which the request times out, set when it is registered.</summary>
    public long Deadline { get; set; }

    // 0: not sent yet; 1: claimed by the writer, its frame goes to the socket; 2: failed before that (never sent).
    public RequestSendState SendState => Volatile.Read(ref _sent) == 1 ? RequestSendState.Sent : RequestSendState.NotSent;

    public CancellationTokenRegistration Cancellation { get; set; }

    /// <summary>The request's params while it waits in the send queue (cleared once its frame is written).</summary>
    public WsApiParameters? Parameters { get; set; }

    /// <summary>The client order id a placement carries, recorded on any failure of this request.</summary>
    public string? ClientOrderId { get; init; }

    /// <summary>How the request is authorised, read when its frame is written.</summary>
    public RequestAuth Auth { get; set; }

    /// <summary>The socket the request is registered on (set when a cancellation callback needs it).</summary>
    public SocketSession? Session { get; set; }

    /// <summary>
    /// Claims the request for the socket, just before its frame goes there: from then on the outcome is unknown on
    /// failure. False when a failure (timeout, cancellation, end of the socket) settled it as NotSent first: the
    /// frame must then not be sent, or the caller, told it is safe to retry, could place an order twice.
    /// </summary>
    public bool TryMarkSent() => Interlocked.CompareExchange(ref _sent, 1, 0) == 0;

    /// <summary>
    /// The send state a failure reports, fixed for good: Sent when the writer claimed the request, otherwise NotSent
    /// and the writer will no longer send it.
    /// </summary>
    public RequestSendState SettleSendState()
    {
        Interlocked.CompareExchange(ref _sent, 2, 0);
        return SendState;
    }

    /// <summary>
    /// Reads the response and decides the outcome (result or error) without publishing it: the frame is only valid
    /// during the call, the caller's continuation must not run here. Returns the response's rate limits (empty when it
    /// has none). <see cref="Publish"/> hands the outcome to the caller.
    /// </summary>
    public abstract IReadOnlyList<RateLimit> Read(ReadOnlySpan<byte> frame, in FrameHeader header);

    /// <summary>Completes the caller's task with the decided outcome; the caller's continuation runs on this thread.</summary>
    public abstract void Publish();

    /// <summary><see cref="Read"/> and <see cref="Publish"/> at once (the caller's continuation runs on this thread).</summary>
    public IReadOnlyList<RateLimit> Complete(ReadOnlySpan<byte> frame, in FrameHeader header)
    {
        IReadOnlyList<RateLimit> rateLimits = Read(frame, header);
        Publish();
        return rateLimits;
    }

    /// <summary>Fails the request; false when its outcome was already decided. Published on the thread pool.</summary>
    public abstract bool TryFail(Exception exception);

    /// <summary>Cancels the request; false when its outcome was already decided. Published on the thread pool.</summary>
    public abstract bool TryCancel(CancellationToken cancellationToken);

    /// <summary>True once the request has its outcome (result, failure, timeout or cancellation), published or not.</summary>
    public bool IsCompleted => Volatile.Read(ref _decided) != 0;

    /// <summary>Claims the one right to decide the outcome.</summary>
    protected bool TryDecide() => Interlocked.Exchange(ref _decided, 1) == 0;

    /// <summary>Publishes a failure off the failing thread (a timer, a canceller, a sender): see the class remarks.</summary>
    protected void PublishOnThreadPool() => ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);

    void IThreadPoolWorkItem.Execute() => Publish();

    protected string IdText => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    protected static IReadOnlyList<RateLimit> ReadRateLimits(ReadOnlySpan<byte> frame, in FrameHeader header) =>
        header.RateLimits.End.Value == 0 ? [] : RateLimitsReader.Read(frame[header.RateLimits]);
}

/// <summary>A pending request whose result is read as <typeparamref name="T"/>.</summary>
internal sealed class PendingRequest<T> : PendingRequest
{
    private readonly TaskCompletionSource<WsApiResponse<T>> _completion;
    private readonly JsonTypeInfo<T> _resultType;
    private WsApiResponse<T>? _response;
    private Exception? _failure;

    // telemetry: the request's telemetry, null while nobody listens.
    public PendingRequest(long id, string method, WsApiEndpoint endpoint, TimeSpan timeout, JsonTypeInfo<T> resultType, RequestTelemetry? telemetry = null)
        : base(id, method, endpoint, timeout)
    {
        _resultType = resultType;
        // The telemetry rides in the task's AsyncState, a field every Task has anyway: a request that nobody listens to
        // is exactly as large as before diagnostics existed. Continuations run synchronously, on whichever thread
        // publishes: never the receive loop, a timer or a canceller (see the base class), always a work item of ours.
        _completion = new TaskCompletionSource<WsApiResponse<T>>(telemetry, TaskCreationOptions.None);
        telemetry?.SetRequestId(id);
    }

    public Task<WsApiResponse<T>> Task => _completion.Task;

    private RequestTelemetry? Telemetry => _completion.Task.AsyncState as RequestTelemetry;

    public override IReadOnlyList<RateLimit> Read(ReadOnlySpan<byte> frame, in FrameHeader header)
    {
        IReadOnlyList<RateLimit> rateLimits = [];
        if (!TryDecide())
        {
            return rateLimits;
        }

        try
        {
            rateLimits = ReadRateLimits(frame, header);
            if (header.Status is >= 200 and < 300 && header.Result.End.Value > 0)
            {
                // An empty result ({}) is the same for every method: no need to parse it.
                T? result = typeof(T) == typeof(EmptyResult) ? (T)(object)EmptyResult.Instance : JsonSerializer.Deserialize(frame[header.Result], _resultType);
                var response = new WsApiResponse<T>(result!, Id, header.Status, rateLimits, Endpoint);
                // Ended before the caller resumes, so whoever awaits the request sees its span already stopped.
                Telemetry?.Succeeded(header.Status);
                _response = response;
            }
            else if (header.Status is >= 200 and < 300)
            {
                throw new JsonException("The response has status 200 but no 'result'.");
            }
            else
            {
                DecideFailure(WsApiErrors.FromErrorResponse(frame, header, rateLimits, Method, IdText, Endpoint));
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
            Cancellation.Dispose();
        }

        return rateLimits;
    }

    public override void Publish()
    {
        if (_response is { } response)
        {
            _completion.TrySetResult(response);
        }
        else if (_failure is { } failure)
        {
            _completion.TrySetException(failure);
        }
    }

    public override bool TryFail(Exception exception)
    {
        Cancellation.Dispose();
        return TryDecide() && FailOnThreadPool(exception);
    }

    public override bool TryCancel(CancellationToken cancellationToken)
    {
        Cancellation.Dispose();
        return TryDecide() && FailOnThreadPool(new WsApiRequestCanceledException(SettleSendState(), Method, IdText, cancellationToken));
    }

    private bool FailOnThreadPool(Exception exception)
    {
        DecideFailure(exception);
        PublishOnThreadPool();
        return true;
    }

    private void DecideFailure(Exception exception)
    {
        if (exception is WsApiException failure)
        {
            failure.RememberClientOrderId(Method, ClientOrderId);
        }

        Telemetry?.Failed(exception, SendState);
        _failure = exception;
    }
}
