namespace Binance.WsApi;

/// <summary>
/// Supplies margin listen tokens (<c>userDataStream.subscribe.listenToken</c>). The default,
/// <see cref="RestListenTokenProvider"/>, calls Binance's REST endpoint; supply your own to fetch tokens elsewhere
/// (for example from a service that holds the API key).
/// </summary>
public interface IListenTokenProvider
{
    /// <summary>Gets a fresh listen token.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    Task<ListenToken> GetTokenAsync(CancellationToken cancellationToken);
}

/// <summary>A margin listen token and when it expires.</summary>
/// <param name="Token">The token text.</param>
/// <param name="ExpirationTime">Expiry, ms since the epoch.</param>
public sealed record ListenToken(string Token, long ExpirationTime)
{
    /// <summary>The token without its text (a token is a credential for the stream).</summary>
    public override string ToString() => $"listen token expiring {DateTimeOffset.FromUnixTimeMilliseconds(ExpirationTime):u}";
}
