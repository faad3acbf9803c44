using System.Text.Json.Serialization.Metadata;
using Binance.WsApi.Protocol;

namespace Binance.WsApi.Connection;

/// <summary>
/// The narrow face of the connection layer for the layers that build on it (the user data stream): send a request to
/// an endpoint, make sure an endpoint is connected (and logged on), hear pushes. Implemented by
/// <see cref="WsApiConnectionManager"/>.
/// </summary>
internal interface IWsApiTransport
{
    /// <summary>Sends a request on the endpoint's connection and awaits its typed response.</summary>
    Task<WsApiResponse<T>> SendAsync<T>(WsApiEndpoint endpoint, string method, WsApiParameters? parameters, RequestAuth auth,
        JsonTypeInfo<T> resultType, CancellationToken cancellationToken);

    /// <summary>Opens the endpoint's connection and, with an Ed25519 key, logs it on.</summary>
    Task ConnectAsync(WsApiEndpoint endpoint, CancellationToken cancellationToken);

    /// <summary>Adds a listener for pushed events and restored sessions, on every connection.</summary>
    void AddPushListener(IPushListener listener);
}
