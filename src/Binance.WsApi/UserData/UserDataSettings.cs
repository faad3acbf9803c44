using Binance.WsApi.Connection;

namespace Binance.WsApi.UserData;

/// <summary>What the user data layer needs from the client's options, frozen when the client is built.</summary>
internal sealed record UserDataSettings
{
    /// <summary>Clock, credentials, reconnect policy and socket settings, shared with the connection layer.</summary>
    public required ConnectionSettings Connection { get; init; }

    /// <summary>Capacity of the event channel; the oldest event is dropped (and reported) beyond it.</summary>
    public required int EventBufferSize { get; init; }

    public bool ResubscribeAfterReconnect { get; init; } = true;

    public TimeSpan ResubscribeDelay { get; init; }

    public bool KeepMarginListenTokenRefreshed { get; init; } = true;

    /// <summary>The stream URL of a futures listen key.</summary>
    public required Func<FuturesMarket, string, Uri> FuturesStreamUri { get; init; }
}
