using Binance.WsApi.Emulator.Accounts;

namespace Binance.WsApi.Emulator.Matching.Futures;

/// <summary>
/// A USD-M algo order. CONDITIONAL: backed by a conditional engine order (<see cref="Order"/>) that waits outside the
/// book; when it fires, that order becomes the algo's actual order and works like LIMIT or MARKET. TWAP / VP:
/// <see cref="Order"/> is the parent order the algo works, never booked (id 0); its executed quantity and value sum
/// the fills of the child orders the algo sends on its schedule.
/// </summary>
internal sealed class AlgoOrder
{
    public required long AlgoId { get; init; }

    public required string ClientAlgoId { get; init; }

    public required Account Account { get; init; }

    public required FuturesOrder Order { get; init; }

    public required string PositionSide { get; init; }

    public AlgoKind Kind { get; init; } = AlgoKind.Conditional;

    public long CreateTime { get; init; }

    public long UpdateTime { get; set; }

    public bool Canceled { get; set; }

    /// <summary>TWAP: the duration in seconds as sent.</summary>
    public long? DurationSeconds { get; init; }

    /// <summary>VP: the urgency as sent.</summary>
    public VpUrgency? Urgency { get; init; }

    /// <summary>TWAP / VP: the schedule; null for CONDITIONAL.</summary>
    public AlgoSchedule? Schedule { get; init; }

    /// <summary>TWAP / VP: how many ticks of the schedule have run.</summary>
    public int TicksDone { get; set; }

    /// <summary>TWAP / VP: the status, kept explicitly (CONDITIONAL derives it from its order).</summary>
    public AlgoStatus WorkStatus { get; set; } = AlgoStatus.New;

    /// <summary>TWAP / VP: the child orders sent so far, oldest first.</summary>
    public List<long> ChildOrderIds { get; init; } = [];

    /// <summary>TWAP / VP: the timer of the next tick (emulator clock); null once the algo has ended.</summary>
    public ITimer? Timer { get; set; }

    public bool IsWorked => Kind != AlgoKind.Conditional;

    public AlgoStatus Status => IsWorked ? WorkStatus
        : Canceled ? AlgoStatus.Canceled
        : !Order.Triggered ? (Order.IsOpen ? AlgoStatus.New : AlgoStatus.Expired)
        : Order.IsOpen ? AlgoStatus.Triggered : AlgoStatus.Finished;

    public long TriggerTime => Order.Triggered ? Order.UpdateTime : 0;

    /// <summary>A snapshot whose order is a clone too (handlers write it outside the lock); the timer stays behind.</summary>
    public AlgoOrder Snapshot() => new()
    {
        AlgoId = AlgoId,
        ClientAlgoId = ClientAlgoId,
        Account = Account,
        Order = Order.Clone(),
        PositionSide = PositionSide,
        Kind = Kind,
        CreateTime = CreateTime,
        UpdateTime = UpdateTime,
        Canceled = Canceled,
        DurationSeconds = DurationSeconds,
        Urgency = Urgency,
        Schedule = Schedule,
        TicksDone = TicksDone,
        WorkStatus = WorkStatus,
        ChildOrderIds = [.. ChildOrderIds],
    };
}
