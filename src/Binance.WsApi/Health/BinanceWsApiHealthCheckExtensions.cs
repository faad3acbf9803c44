using Binance.WsApi.DependencyInjection;
using Binance.WsApi.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the health check of a client registered with <c>AddBinanceWsApi</c>.</summary>
public static class BinanceWsApiHealthCheckExtensions
{
    /// <summary>
    /// Reports the connections of the client <paramref name="clientName"/> (the default client when null): Healthy
    /// when connected (and logged on, for an Ed25519 key) or idle, Degraded while reconnecting, Unhealthy after a
    /// connection stopped on a failure. The data lists each endpoint's state and the last error.
    /// </summary>
    /// <param name="builder">The health checks builder.</param>
    /// <param name="clientName">The registered client's name; null or empty for the default client.</param>
    /// <param name="name">The check's name (default <c>binance-wsapi</c>, or <c>binance-wsapi-{clientName}</c>).</param>
    /// <param name="failureStatus">The status reported when the check itself fails (the client's options are invalid, say).</param>
    /// <param name="tags">Tags to filter checks by.</param>
    public static IHealthChecksBuilder AddBinanceWsApiHealthCheck(this IHealthChecksBuilder builder, string? clientName = null, string? name = null,
        HealthStatus? failureStatus = null, IEnumerable<string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        string client = clientName ?? string.Empty;
        string checkName = name ?? (client.Length == 0 ? "binance-wsapi" : $"binance-wsapi-{client}");
        return builder.Add(new HealthCheckRegistration(checkName,
            sp => new BinanceWsApiHealthCheck(sp.GetRequiredService<WebSocketApiClientFactory>(), client), failureStatus, tags));
    }
}
