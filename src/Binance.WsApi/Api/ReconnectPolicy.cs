namespace Binance.WsApi;

/// <summary>
/// How a dropped connection is reopened: exponential backoff from <see cref="InitialDelay"/>, multiplied by
/// <see cref="Multiplier"/> per failed attempt, capped at <see cref="MaxDelay"/>, with ±<see cref="Jitter"/> random
/// spread so that many clients do not reconnect in lockstep.
/// </summary>
public sealed record ReconnectPolicy
{
    /// <summary>Whether to reconnect at all after an unexpected drop (default true).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Delay before the first reconnect attempt (default 250 ms).</summary>
    public TimeSpan InitialDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Largest delay between attempts (default 30 s).</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Growth factor per failed attempt (default 2).</summary>
    public double Multiplier { get; init; } = 2.0;

    /// <summary>Random spread as a fraction of the delay, 0 to 1 (default 0.2).</summary>
    public double Jitter { get; init; } = 0.2;

    /// <summary>Attempts before giving up and closing the connection; null tries forever (default).</summary>
    public int? MaxAttempts { get; init; }

    /// <summary>The delay before attempt <paramref name="attempt"/> (0-based).</summary>
    public TimeSpan GetDelay(int attempt, Random random)
    {
        double baseMs = InitialDelay.TotalMilliseconds * Math.Pow(Multiplier, Math.Min(attempt, 30));
        baseMs = Math.Min(baseMs, MaxDelay.TotalMilliseconds);
        double spread = baseMs * Jitter * ((random.NextDouble() * 2) - 1);
        return TimeSpan.FromMilliseconds(Math.Clamp(baseMs + spread, 0, MaxDelay.TotalMilliseconds));
    }

    internal void Validate()
    {
        if (InitialDelay < TimeSpan.Zero || MaxDelay < InitialDelay)
        {
            throw new ArgumentException("ReconnectPolicy: InitialDelay must be >= 0 and MaxDelay >= InitialDelay.");
        }

        Binance.WsApi.Validate.TimerLength(InitialDelay, "ReconnectPolicy.InitialDelay");
        Binance.WsApi.Validate.TimerLength(MaxDelay, "ReconnectPolicy.MaxDelay");
        if (Multiplier < 1 || Jitter is < 0 or > 1 || MaxAttempts is <= 0)
        {
            throw new ArgumentException("ReconnectPolicy: Multiplier must be >= 1, Jitter within [0, 1], MaxAttempts > 0 when set.");
        }
    }
}
