using Binance.WsApi.Emulator.Accounts;

namespace Binance.WsApi.Emulator.Matching.Futures;

/// <summary>
/// A USD-M CONDITIONAL algo order. It is backed by a conditional engine order (<see cref="Order"/>) that waits
/// outside the book; when it fires, that order becomes the algo's actual order and works like LIMIT or MARKET.
/// </summary>
internal sealed class AlgoOrder
{
    public required long AlgoId { get; init; }

    public required string ClientAlgoId { get; init; }

    public required Account Account { get; init; }

    public required FuturesOrder Order { get; init; }

    public required string PositionSide { get; init; }

    public long CreateTime { get; init; }

    public long UpdateTime { get; set; }

    public bool Canceled { get; set; }

    public AlgoStatus Status => Canceled ? AlgoStatus.Canceled
        : !Order.Triggered ? (Order.IsOpen ? AlgoStatus.New : AlgoStatus.Expired)
        : Order.IsOpen ? AlgoStatus.Triggered : AlgoStatus.Finished;

    public long TriggerTime => Order.Triggered ? Order.UpdateTime : 0;

    /// <summary>A snapshot whose order is a clone too (handlers write it outside the lock).</summary>
    public AlgoOrder Snapshot() => new()
    {
        AlgoId = AlgoId,
        ClientAlgoId = ClientAlgoId,
        Account = Account,
        Order = Order.Clone(),
        PositionSide = PositionSide,
        CreateTime = CreateTime,
        UpdateTime = UpdateTime,
        Canceled = Canceled,
    };
}
