namespace Binance.WsApi;

/// <summary>How a request is authorised, following Binance's security types.</summary>
public enum WsApiSecurity
{
    /// <summary>Public: no key, no signature (<c>NONE</c>: market data, ping, time).</summary>
    None,

    /// <summary>
    /// Signed (<c>TRADE</c>, <c>USER_DATA</c>): <c>apiKey</c>, <c>timestamp</c> and <c>signature</c> are added, or only
    /// <c>timestamp</c> on a session logged on with an Ed25519 key.
    /// </summary>
    Signed,

    /// <summary>The API key only, no signature (<c>USER_STREAM</c>: the legacy listen-key methods).</summary>
    ApiKey,
}
