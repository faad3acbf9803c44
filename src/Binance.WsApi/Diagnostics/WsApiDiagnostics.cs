namespace Binance.WsApi;

/// <summary>
/// The names under which the client publishes traces and metrics through <c>System.Diagnostics</c>. Nothing is
/// collected until a listener subscribes to them (an OpenTelemetry <c>AddSource</c> / <c>AddMeter</c>, an
/// <see cref="System.Diagnostics.ActivityListener"/> or a <see cref="System.Diagnostics.Metrics.MeterListener"/>).
/// Every span, metric and attribute is listed in <c>docs/diagnostics.md</c>.
/// </summary>
public static class WsApiDiagnostics
{
    /// <summary>The name of the <see cref="System.Diagnostics.ActivitySource"/>: one client span per request, plus reconnects.</summary>
    public const string ActivitySourceName = "Binance.WsApi";

    /// <summary>The name of the <see cref="System.Diagnostics.Metrics.Meter"/>: request durations, in-flight requests, reconnects, logons, drops, rate limits, bytes.</summary>
    public const string MeterName = "Binance.WsApi";
}
