namespace Binance.WsApi.Emulator.Matching.Futures;

/// <summary>A parsed TWAP / VP <c>algoOrder.place</c> (our extension of the documented CONDITIONAL algo orders).</summary>
internal sealed record WorkedAlgoRequest
{
    public required AlgoKind Kind { get; init; }

    public required string Symbol { get; init; }

    public required Side Side { get; init; }

    public required decimal Quantity { get; init; }

    /// <summary>BOTH, LONG or SHORT as sent (one-way mode accepts only BOTH).</summary>
    public string PositionSide { get; init; } = "BOTH";

    public bool ReduceOnly { get; init; }

    /// <summary>Slices go out as LIMIT IOC at this price when set, else as MARKET.</summary>
    public decimal? LimitPrice { get; init; }

    /// <summary>TWAP: 300 – 86400 seconds.</summary>
    public long? DurationSeconds { get; init; }

    /// <summary>VP: the participation speed.</summary>
    public VpUrgency? Urgency { get; init; }

    public string? ClientAlgoId { get; init; }
}
