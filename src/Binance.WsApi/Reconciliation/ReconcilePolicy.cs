namespace Binance.WsApi;

/// <summary>
/// How a reconciling placement settles an unknown outcome (sent, then a drop, a timeout or a 5xx): it looks the order
/// up by its client order id until the lookup gives a definite answer or <see cref="Deadline"/> passes.
/// </summary>
public sealed record ReconcilePolicy
{
    /// <summary>The default policy: 30 s to settle, "not placed" only once the order can no longer arrive.</summary>
    public static ReconcilePolicy Default { get; } = new();

    /// <summary>
    /// How long lookups go on (backing off per the client's <see cref="ReconnectPolicy"/>, waiting for a reconnect if
    /// needed) before the placement fails with <see cref="OrderOutcomeUnknownException"/> (default 30 s).
    /// </summary>
    public TimeSpan Deadline { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long after the failure an order that the exchange does not know (<c>-2013</c>) is taken as never placed.
    /// A request is refused by the server once its <c>recvWindow</c> has passed, so by default this is the request's
    /// (or the client's) receive window, 5 s when neither sets one, plus one second for clock differences: after that
    /// the request can no longer be executed, so "does not exist" is final.
    /// </summary>
    public TimeSpan? NotFoundSettleTime { get; init; }

    internal void Validate()
    {
        if (Deadline <= TimeSpan.Zero || Deadline > Binance.WsApi.Validate.MaxTimerLength)
        {
            throw new ArgumentOutOfRangeException(nameof(Deadline), Deadline, "Deadline must be positive and within the runtime's timer range.");
        }

        if (NotFoundSettleTime is { } settle && (settle < TimeSpan.Zero || settle > Deadline))
        {
            throw new ArgumentOutOfRangeException(nameof(NotFoundSettleTime), settle, "NotFoundSettleTime must be between zero and the Deadline.");
        }
    }

    internal TimeSpan SettleTime(TimeSpan? requestWindow, TimeSpan? clientWindow) =>
        NotFoundSettleTime ?? (requestWindow ?? clientWindow ?? TimeSpan.FromSeconds(5)) + TimeSpan.FromSeconds(1);
}
