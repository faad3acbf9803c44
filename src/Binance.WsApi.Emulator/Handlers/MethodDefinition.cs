using Binance.WsApi.Emulator.Auth;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Handlers;

/// <summary>
/// One WS API method as the registry knows it: name, markets, security, weight and the code that runs it.
/// </summary>
internal sealed record MethodDefinition
{
    /// <summary>Wire name without version prefix, e.g. <c>account.status</c> (USD-M's <c>v2/…</c> names are distinct methods).</summary>
    public required string Name { get; init; }

    public required MarketSet Markets { get; init; }

    public required SecurityType Security { get; init; }

    /// <summary>Request weight; may depend on the market and parameters.</summary>
    public required Func<RequestContext, int> Weight { get; init; }

    public required Func<RequestContext, ValueTask<MethodResult>> Handler { get; init; }

    /// <summary>Successful calls are refunded their weight (order placement/cancel since 2026-04-02, docs/protocol.md §3.1).</summary>
    public bool FreeOnSuccess { get; init; }

    /// <summary>SIGNED methods that must carry their own apiKey+signature even on a logged-on session (session.logon).</summary>
    public bool RequiresExplicitSignature { get; init; }

    /// <summary>Key types accepted for this method; null = any. Others get -1022 (observed for HMAC on session.logon).</summary>
    public IReadOnlySet<ApiKeyType>? AllowedKeyTypes { get; init; }

    public static Func<RequestContext, int> FixedWeight(int weight) => _ => weight;

    public static Func<RequestContext, int> SpotFuturesWeight(int spot, int futures) =>
        ctx => ctx.Market == MarketKind.Spot ? spot : futures;
}
