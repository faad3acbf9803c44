using Binance.WsApi.Emulator.Accounts;

namespace Binance.WsApi.Emulator.UserData;

/// <summary>One active user data subscription of a connection. Mutated only under the hub's lock.</summary>
internal sealed class UserDataSubscription
{
    public required int Id { get; init; }

    public required Account Account { get; init; }

    public required SubscriptionKind Kind { get; init; }

    public required ConnectionStreams Owner { get; init; }

    /// <summary>Listen-token subscriptions: <see cref="ListenToken.Scope"/>; null otherwise.</summary>
    public string? MarginScope { get; init; }

    /// <summary>Listen-token subscriptions: when the subscription ends unless renewed (ms since the epoch).</summary>
    public long ExpirationTime { get; set; }

    /// <summary>Listen-token subscriptions: fires at <see cref="ExpirationTime"/> on the emulator clock.</summary>
    public ITimer? ExpiryTimer { get; set; }
}
