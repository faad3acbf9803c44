namespace Binance.WsApi.Models;

/// <summary>Parameters of the legacy <c>userDataStream.ping</c> / <c>.stop</c>: the listen key to act on.</summary>
/// <param name="ListenKey">The listen key returned by <c>userDataStream.start</c>.</param>
public sealed record ListenKeyRequest(string ListenKey)
{
    internal WsApiParameters ToParameters()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ListenKey);
        return new WsApiParameters(1).Add("listenKey", ListenKey);
    }
}
