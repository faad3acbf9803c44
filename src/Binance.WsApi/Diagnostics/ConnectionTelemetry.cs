using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;

namespace Binance.WsApi.Diagnostics;

/// <summary>
/// What one connection reports to <see cref="Instruments"/>: its identifying attributes, computed once (the port boxed
/// once, the endpoint named once) so that recording a measurement allocates nothing, and the connection's rate-limit
/// tracker, which the rate-limit gauges read when they are collected (the governor's own state: one copy).
/// </summary>
internal sealed class ConnectionTelemetry
{
    private readonly RateLimits.RateLimitTracker _rateLimits;

    public ConnectionTelemetry(WsApiEndpoint endpoint, Uri uri, RateLimits.RateLimitTracker rateLimits)
    {
        EndpointName = endpoint.ToString();
        ServerAddress = uri.Host;
        ServerPort = uri.Port;
        _rateLimits = rateLimits;
        Instruments.TrackRateLimits(this);
    }

    public string EndpointName { get; }

    public string ServerAddress { get; }

    /// <summary>Boxed once: a tag value is an object, and boxing per measurement would allocate.</summary>
    public object ServerPort { get; }

    /// <summary>The attributes every measurement of this connection carries.</summary>
    public TagList ConnectionTags() => new()
    {
        { TagNames.Endpoint, EndpointName },
        { TagNames.ServerAddress, ServerAddress },
        { TagNames.ServerPort, ServerPort },
    };

    /// <summary>Tags a span with the connection's attributes.</summary>
    public void Describe(Activity activity)
    {
        activity.SetTag(TagNames.RpcSystem, TagNames.RpcSystemValue);
        activity.SetTag(TagNames.Endpoint, EndpointName);
        activity.SetTag(TagNames.ServerAddress, ServerAddress);
        activity.SetTag(TagNames.ServerPort, ServerPort);
    }

    public void FrameSent(int bytes)
    {
        if (Instruments.SentBytes.Enabled)
        {
            Instruments.SentBytes.Add(bytes, ConnectionTags());
        }
    }

    public void FrameReceived(int bytes)
    {
        if (Instruments.ReceivedBytes.Enabled)
        {
            Instruments.ReceivedBytes.Add(bytes, ConnectionTags());
        }
    }

    /// <summary>Each limit's usage in its current window (or its ceiling), as the governor counts it now.</summary>
    public IEnumerable<Measurement<int>> RateLimitMeasurements(bool limit)
    {
        foreach (RateLimitUsage r in _rateLimits.Snapshot().Limits)
        {
            TagList tags = ConnectionTags();
            tags.Add(TagNames.RateLimitType, r.RateLimitType.Value);
            tags.Add(TagNames.RateLimitInterval, r.Interval.Value);
            tags.Add(TagNames.RateLimitIntervalNum, r.IntervalNum);
            yield return new Measurement<int>(limit ? r.Limit : r.Count, tags);
        }
    }

    /// <summary>The connection is gone for good (its client was disposed): its gauges stop reporting.</summary>
    public void Closed()
    {
        Instruments.UntrackRateLimits(this);
    }

    public void LogonEnded(string outcome)
    {
        if (Instruments.Logons.Enabled)
        {
            TagList tags = ConnectionTags();
            tags.Add(TagNames.Outcome, outcome);
            Instruments.Logons.Add(1, tags);
        }
    }

    /// <summary>
    /// Starts the span of a reconnect loop. It is a root span: the loop starts on whichever thread noticed the drop, and
    /// the span of an unrelated request that happened to be current there is not its parent.
    /// </summary>
    public Activity? StartReconnect(string reason)
    {
        if (!Instruments.Source.HasListeners())
        {
            return null;
        }

        // The caller is an async method: clearing the ambient span here does not leak out of it.
        Activity.Current = null;
        Activity? activity = Instruments.Source.StartActivity("reconnect", ActivityKind.Internal);
        if (activity is { IsAllDataRequested: true })
        {
            Describe(activity);
            activity.SetTag(TagNames.ReconnectReason, reason);
        }

        return activity;
    }

    public static void ReconnectAttemptFailed(Activity? activity, int attempt, Exception exception)
    {
        if (activity is { IsAllDataRequested: true })
        {
            activity.AddEvent(new ActivityEvent("reconnect.attempt_failed", tags: new ActivityTagsCollection
            {
                { TagNames.ReconnectAttempts, attempt },
                { TagNames.ErrorType, exception.GetType().FullName },
                { "exception.message", exception.Message },
            }));
        }
    }

    /// <summary>Ends a reconnect loop: its span (when there is one) and the reconnects counter.</summary>
    public void ReconnectEnded(Activity? activity, string outcome, int? attempts)
    {
        if (activity is not null)
        {
            if (activity.IsAllDataRequested)
            {
                activity.SetTag(TagNames.Outcome, outcome);
                if (attempts is { } n)
                {
                    activity.SetTag(TagNames.ReconnectAttempts, n);
                }
            }

            if (outcome != TagNames.Reconnected)
            {
                activity.SetStatus(ActivityStatusCode.Error, outcome);
            }

            activity.Stop();
        }

        if (Instruments.Reconnects.Enabled)
        {
            TagList tags = ConnectionTags();
            tags.Add(TagNames.Outcome, outcome);
            Instruments.Reconnects.Add(1, tags);
        }
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{EndpointName} {ServerAddress}:{ServerPort}");
}
