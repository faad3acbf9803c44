namespace Binance.WsApi.Benchmarks.EndToEnd.Measurement;

/// <summary>What one request of a run is.</summary>
internal enum Scenario
{
    /// <summary><c>ping</c>: unsigned, empty result; measures the bare request/response path.</summary>
    Ping,

    /// <summary><c>order.place</c> LIMIT BUY with an ACK response, HMAC-signed per request.</summary>
    OrderHmac,

    /// <summary>The same order on a session logged on with an Ed25519 key (timestamp only, no per-request signature).</summary>
    OrderEd25519,
}
