using Binance.WsApi.Auth;

namespace Binance.WsApi.Protocol;

/// <summary>
/// What the writer adds to a request at send time: the API key, the timestamp (clock + offset), the receive window
/// and the signature. Values the caller put in the parameters themselves are kept as given, never replaced.
/// </summary>
internal readonly record struct SigningPlan(string? ApiKey, long? Timestamp, TimeSpan? RecvWindow, IRequestSigner? Signer)
{
    public static SigningPlan None => default;
}
