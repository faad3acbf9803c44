using System.Diagnostics;

namespace Binance.WsApi.Diagnostics;

/// <summary>
/// The telemetry of one request: its client span, its start time for the duration histogram, and whether it was
/// counted as active. Made only when someone listens (<see cref="Start"/> returns null otherwise, and the request path
/// then carries a null and does nothing more), and ended exactly once, by whoever settles the request.
/// </summary>
internal sealed class RequestTelemetry
{
    private readonly ConnectionTelemetry _connection;
    private readonly string _method;
    private readonly Activity? _activity;
    private readonly long _startedAt;
    private readonly bool _timed;
    private readonly bool _counted;
    private int _ended;

    private RequestTelemetry(ConnectionTelemetry connection, string method, string? clientOrderId, bool traced, bool timed, bool counted)
    {
        _connection = connection;
        _method = method;
        _timed = timed;
        _startedAt = timed ? Stopwatch.GetTimestamp() : 0;
        if (traced)
        {
            // StartActivity makes the span current; the caller's code goes on with its own span current, and this one
            // ends on another thread (the receive loop), so the ambient span is put back at once.
            Activity? previous = Activity.Current;
            _activity = Instruments.Source.StartActivity(method, ActivityKind.Client);
            if (_activity is not null)
            {
                Activity.Current = previous;
                if (_activity.IsAllDataRequested)
                {
                    connection.Describe(_activity);
                    _activity.SetTag(TagNames.RpcMethod, method);
                    if (clientOrderId is not null)
                    {
                        _activity.SetTag(TagNames.ClientOrderId, clientOrderId);
                    }
                }
            }
        }

        _counted = counted;
        if (counted)
        {
            Instruments.ActiveRequests.Add(1, MethodTags());
        }
    }

    /// <summary>The request's span, if it is traced.</summary>
    public Activity? Span => _activity;

    /// <summary>Null (and nothing done) unless a listener wants the span, the duration or the active count.</summary>
    public static RequestTelemetry? Start(ConnectionTelemetry connection, string method, string? clientOrderId)
    {
        bool traced = Instruments.Source.HasListeners();
        bool timed = Instruments.RequestDuration.Enabled;
        bool counted = Instruments.ActiveRequests.Enabled;
        return traced || timed || counted ? new RequestTelemetry(connection, method, clientOrderId, traced, timed, counted) : null;
    }

    /// <summary>The envelope id of the attempt that carries the request (a retry on a new socket gets a new one).</summary>
    public void SetRequestId(long id)
    {
        if (_activity is { IsAllDataRequested: true })
        {
            _activity.SetTag(TagNames.RequestId, id);
        }
    }

    /// <summary>The server answered with a result.</summary>
    public void Succeeded(int status)
    {
        if (Interlocked.Exchange(ref _ended, 1) != 0)
        {
            return;
        }

        if (_activity is not null)
        {
            if (_activity.IsAllDataRequested)
            {
                _activity.SetTag(TagNames.Status, status);
                _activity.SetTag(TagNames.SendState, TagNames.Sent);
                _activity.SetTag(TagNames.Outcome, TagNames.Success);
            }

            StopActivity(_activity);
        }

        Record(TagNames.Success, null);
    }

    /// <summary>
    /// The request failed: Binance's error, a timeout, a cancellation or the connection. <paramref name="sendState"/>
    /// is the request's own when the exception does not carry one.
    /// </summary>
    public void Failed(Exception exception, RequestSendState sendState)
    {
        if (Interlocked.Exchange(ref _ended, 1) != 0)
        {
            return;
        }

        string outcome = exception switch
        {
            BinanceApiException => TagNames.BinanceError,
            WsApiTimeoutException => TagNames.Timeout,
            OperationCanceledException => TagNames.Canceled,
            WsApiConnectionException => TagNames.ConnectionError,
            _ => TagNames.OtherError,
        };
        // Binance's code is the most useful low-cardinality error class; otherwise the exception type, as the
        // OpenTelemetry conventions suggest.
        string errorType = exception is BinanceApiException b
            ? b.Code.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : exception.GetType().FullName ?? exception.GetType().Name;
        if (_activity is not null)
        {
            if (_activity.IsAllDataRequested)
            {
                RequestSendState state = exception is WsApiException w ? w.SendState : sendState;
                _activity.SetTag(TagNames.SendState, state == RequestSendState.Sent ? TagNames.Sent : TagNames.NotSent);
                _activity.SetTag(TagNames.Outcome, outcome);
                _activity.SetTag(TagNames.ErrorType, errorType);
                if (exception is BinanceApiException binance)
                {
                    _activity.SetTag(TagNames.Status, binance.Status);
                    _activity.SetTag(TagNames.ErrorCode, binance.Code);
                }

                _activity.AddException(exception);
            }

            _activity.SetStatus(ActivityStatusCode.Error, exception is BinanceApiException e ? e.BinanceMessage : exception.Message);
            StopActivity(_activity);
        }

        Record(outcome, errorType);
    }

    private void Record(string outcome, string? errorType)
    {
        if (_counted)
        {
            Instruments.ActiveRequests.Add(-1, MethodTags());
        }

        if (_timed && Instruments.RequestDuration.Enabled)
        {
            TagList tags = MethodTags();
            tags.Add(TagNames.Outcome, outcome);
            if (errorType is not null)
            {
                tags.Add(TagNames.ErrorType, errorType);
            }

            Instruments.RequestDuration.Record(Stopwatch.GetElapsedTime(_startedAt).TotalSeconds, tags);
        }
    }

    private TagList MethodTags()
    {
        TagList tags = _connection.ConnectionTags();
        tags.Add(TagNames.RpcMethod, _method);
        return tags;
    }

    /// <summary>
    /// Stops a span on the thread that settled the request. <see cref="System.Diagnostics.Activity.Stop"/> makes the span's
    /// parent current; on a receive loop that would leak the caller's span into every later frame, so the ambient one is kept.
    /// </summary>
    private static void StopActivity(Activity activity)
    {
        Activity? current = Activity.Current;
        activity.Stop();
        if (Activity.Current != current)
        {
            Activity.Current = current;
        }
    }
}
