namespace Binance.WsApi.Benchmarks.EndToEnd.Report;

/// <summary>One of the project's performance targets and whether this run met it.</summary>
internal sealed record TargetResult(string Target, string Measured, bool Met);
