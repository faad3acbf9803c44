using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Binance.WsApi.Diagnostics;
using Binance.WsApi.Protocol;

namespace Binance.WsApi.Connection;

/// <summary>
/// A request waiting for its response, registered in the pending table before its frame is written. Completion
/// runs its continuations asynchronously, so the receive loop never runs caller code.
/// </summary>
internal abstract class PendingRequest
{
    private int _sent;

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

    /// <summary>Settles the request with its response; returns the response's rate limits (empty when it has none).</summary>
    public abstract IReadOnlyList<RateLimit> Complete(ReadOnlySpan<byte> frame, in FrameHeader header);

    public abstract bool TryFail(Exception exception);

    public abstract bool TryCancel(CancellationToken cancellationToken);

    /// <summary>True once the request has its outcome (result, failure, timeout or cancellation).</summary>
    public abstract bool IsCompleted { get; }

    protected string IdText => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    protected static IReadOnlyList<RateLimit> ReadRateLimits(ReadOnlySpan<byte> frame, in FrameHeader header) =>
        header.RateLimits.End.Value == 0 ? [] : RateLimitsReader.Read(frame[header.RateLimits]);
}

/// <summary>A pending request whose result is read as <typeparamref name="T"/>.</summary>
internal sealed class PendingRequest<T> : PendingRequest
{
    private readonly TaskCompletionSource<WsApiResponse<T>> _completion;
    private readonly JsonTypeInfo<T> _resultType;

    // telemetry: the request's telemetry, null while nobody listens.
    public PendingRequest(long id, string method, WsApiEndpoint endpoint, TimeSpan timeout, JsonTypeInfo<T> resultType, RequestTelemetry? telemetry = null)
        : base(id, method, endpoint, timeout)
    {
        _resultType = resultType;
        // The telemetry rides in the task's AsyncState, a field every Task has anyway: a request that nobody listens to
        // is exactly as large as before diagnostics existed.
        _completion = new TaskCompletionSource<WsApiResponse<T>>(telemetry, TaskCreationOptions.RunContinuationsAsynchronously);
        telemetry?.SetRequestId(id);
    }

    public Task<WsApiResponse<T>> Task => _completion.Task;

    private RequestTelemetry? Telemetry => _completion.Task.AsyncState as RequestTelemetry;

    public override IReadOnlyList<RateLimit> Complete(ReadOnlySpan<byte> frame, in FrameHeader header)
    {
        IReadOnlyList<RateLimit> rateLimits = [];
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
                _completion.TrySetResult(response);
            }
            else if (header.Status is >= 200 and < 300)
            {
                throw new JsonException("The response has status 200 but no 'result'.");
            }
            else
            {
                SetFailure(WsApiErrors.FromErrorResponse(frame, header, rateLimits, Method, IdText, Endpoint));
            }
        }
        catch (Exception ex)
        {
            // The server did answer (so the request was executed), but not in a shape we can read. Whatever the
            // parser threw, this request gets its answer and the receive loop carries on.
            SetFailure(WsApiErrors.UnreadableResponse(Endpoint, Method, IdText, typeof(T).Name, ex));
        }
        finally
        {
            Cancellation.Dispose();
        }

        return rateLimits;
    }

    public override bool TryFail(Exception exception)
    {
        Cancellation.Dispose();
        return SetFailure(exception);
    }

    public override bool TryCancel(CancellationToken cancellationToken)
    {
        Cancellation.Dispose();
        return SetFailure(new WsApiRequestCanceledException(SettleSendState(), Method, IdText, cancellationToken));
    }

    private bool SetFailure(Exception exception)
    {
        if (exception is WsApiException failure)
        {
            failure.RememberClientOrderId(Method, ClientOrderId);
        }

        Telemetry?.Failed(exception, SendState);
        return _completion.TrySetException(exception);
    }

    public override bool IsCompleted => _completion.Task.IsCompleted;
}
