using System.Text.Json;
using Binance.WsApi.Emulator.Accounts;
using Binance.WsApi.Emulator.Hosting;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Handlers;

/// <summary>Everything a handler may look at for one request.</summary>
internal sealed class RequestContext
{
    public required ClientConnection Connection { get; init; }

    public required EmulatorServices Services { get; init; }

    public required RequestEnvelope Envelope { get; init; }

    /// <summary>Registered method name (version prefix removed).</summary>
    public required string Method { get; init; }

    /// <summary>Emulator clock at receipt.</summary>
    public required DateTimeOffset Now { get; init; }

    public MarketKind Market => Connection.Market;

    public JsonElement Params => Envelope.Params;

    public long NowMs => Now.ToUnixTimeMilliseconds();

    /// <summary>The key that authorised a SIGNED / USER_STREAM request (explicitly or through the session).</summary>
    public ApiKeyRecord? Key { get; set; }

    /// <summary><c>ORDERS</c> counters a trading handler reports; written before REQUEST_WEIGHT in <c>rateLimits</c>.</summary>
    public List<RateLimitUsage> OrderRateLimits { get; } = [];

    /// <summary>The request's <c>timestamp</c> in ms (µs values converted), set for SIGNED requests.</summary>
    public long? RequestTimestampMs { get; set; }
}
