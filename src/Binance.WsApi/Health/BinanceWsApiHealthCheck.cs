using System.Globalization;
using Binance.WsApi.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Binance.WsApi.Health;

/// <summary>
/// Reports a registered client's connections: Healthy when every open one is ready (and logged on, for an Ed25519
/// key) or none has been needed yet; Degraded while one reconnects, or is ready without its logon; Unhealthy when one
/// stopped after a failure (a refused connect, a reconnect loop that gave up); Degraded too while a 429's
/// <c>retryAfter</c> or a 418 ban runs. The data carries each endpoint's state, its rate-limit usage and the last error; messages come from the client's exceptions, which never hold a secret.
/// </summary>
internal sealed class BinanceWsApiHealthCheck(WebSocketApiClientFactory factory, string clientName) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        RegisteredClient registered = factory.GetRegistered(clientName);
        WebSocketApiClient client = registered.Client;
        ClientHealthTracker tracker = registered.Health;
        var data = new Dictionary<string, object>(StringComparer.Ordinal);
        var notes = new List<string>();
        HealthStatus status = HealthStatus.Healthy;
        foreach (WsApiConnection connection in client.GetWsClient().Connections.OrderBy(c => c.Endpoint))
        {
            ConnectionState state = connection.State;
            data[connection.Endpoint.ToString()] = state.ToString();
            string? failure = tracker.FailureOf(connection.Endpoint);
            HealthStatus own = state switch
            {
                ConnectionState.Ready when client.KeyType == ApiKeyType.Ed25519 && !connection.IsLoggedOn => HealthStatus.Degraded,
                ConnectionState.Ready => HealthStatus.Healthy,
                ConnectionState.Reconnecting => HealthStatus.Degraded,
                ConnectionState.Connecting or ConnectionState.Authenticating => failure is null ? HealthStatus.Healthy : HealthStatus.Degraded,
                _ => failure is null ? HealthStatus.Healthy : HealthStatus.Unhealthy,
            };
            if (own != HealthStatus.Healthy)
            {
                string why = state == ConnectionState.Ready ? "ready but not logged on" : failure ?? state.ToString();
                notes.Add($"{connection.Endpoint}: {(failure is not null && state != ConnectionState.Ready ? $"{state} after {why}" : why)}");
            }

            status = Worst(status, own);
            status = Worst(status, DescribeRateLimits(connection, data, notes));
        }

        if (tracker.Error is { } error)
        {
            data["lastError"] = error.Message;
            data["lastErrorAt"] = error.At;
        }

        string description = notes.Count > 0
            ? string.Join("; ", notes)
            : data.Count == 0 || client.GetWsClient().Connections.Count == 0 ? "no connection opened yet" : "connected";
        return Task.FromResult(new HealthCheckResult(status, description, data: data));
    }

    /// <summary>
    /// The connection's rate-limit usage as the governor counts it, one entry per limit
    /// (<c>Spot.rateLimit.REQUEST_WEIGHT.1MINUTE</c> = <c>"12/6000"</c>); a running 429 back-off or 418 ban is noted and
    /// makes the check Degraded.
    /// </summary>
    private static HealthStatus DescribeRateLimits(WsApiConnection connection, Dictionary<string, object> data, List<string> notes)
    {
        EndpointRateLimitUsage usage = connection.RateLimits.Snapshot();
        foreach (RateLimitUsage limit in usage.Limits)
        {
            data[string.Create(CultureInfo.InvariantCulture, $"{usage.Endpoint}.rateLimit.{limit.RateLimitType.Value}.{limit.IntervalNum}{limit.Interval.Value}")] =
                string.Create(CultureInfo.InvariantCulture, $"{limit.Count}/{limit.Limit}");
        }

        if (usage.RetryAfter is not { } until)
        {
            return HealthStatus.Healthy;
        }

        data[$"{usage.Endpoint}.rateLimit.retryAfter"] = until;
        notes.Add(string.Create(CultureInfo.InvariantCulture, $"{usage.Endpoint}: {(usage.IsBanned ? "IP banned (418)" : "rate limited (429)")} until {until:O}"));
        return HealthStatus.Degraded;
    }

    private static HealthStatus Worst(HealthStatus a, HealthStatus b) => a < b ? a : b;
}
