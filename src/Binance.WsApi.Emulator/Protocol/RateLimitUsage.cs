namespace Binance.WsApi.Emulator.Protocol;

/// <summary>One element of a response's <c>rateLimits</c> array (docs/protocol.md §3.2).</summary>
internal readonly record struct RateLimitUsage(string RateLimitType, string Interval, int IntervalNum, int Limit, int Count);
