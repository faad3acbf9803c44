namespace Binance.WsApi;

/// <summary>
/// The clients registered with <c>AddBinanceWsApi</c>, by name (one per account, say). Each is created on first use
/// and shared afterwards; the container disposes them.
/// </summary>
public interface IWebSocketApiClientFactory
{
    /// <summary>The client registered under <paramref name="name"/> (empty for the default client).</summary>
    /// <exception cref="InvalidOperationException">No client of that name is registered, or its configuration is invalid.</exception>
    WebSocketApiClient Get(string name);
}
