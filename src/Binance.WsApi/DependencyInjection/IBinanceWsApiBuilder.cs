using Microsoft.Extensions.DependencyInjection;

namespace Binance.WsApi;

/// <summary>What <c>AddBinanceWsApi</c> returns: the service collection and the name of the client it registered.</summary>
public interface IBinanceWsApiBuilder
{
    /// <summary>The service collection the client was added to.</summary>
    IServiceCollection Services { get; }

    /// <summary>The client's name: empty for the default client, which is also resolvable as <see cref="WebSocketApiClient"/>.</summary>
    string Name { get; }
}
