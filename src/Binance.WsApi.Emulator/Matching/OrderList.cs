using Binance.WsApi.Emulator.Accounts;

namespace Binance.WsApi.Emulator.Matching;

/// <summary>An order list (OCO, OTO, OTOCO, OPO, OPOCO; docs/protocol.md §8.7) and its legs, in report order.</summary>
internal sealed class OrderList
{
    public required long OrderListId { get; init; }

    public required string ListClientOrderId { get; set; }

    public required string Symbol { get; init; }

    public required Account Account { get; init; }

    public required ContingencyType ContingencyType { get; init; }

    public ListStatusType ListStatusType { get; set; } = ListStatusType.ExecStarted;

    public ListOrderStatus ListOrderStatus { get; set; } = ListOrderStatus.Executing;

    public long TransactionTime { get; set; }

    public List<SpotOrder> Orders { get; } = [];

    /// <summary>OTO family: the working order; null for OCO.</summary>
    public SpotOrder? Working { get; set; }

    /// <summary>OTO family: the legs placed when the working order is fully filled.</summary>
    public List<SpotOrder> Pending { get; } = [];

    /// <summary>OPO/OPOCO: pending quantity = proceeds of the working order.</summary>
    public bool IsOpo { get; init; }

    public bool IsDone => ListOrderStatus != ListOrderStatus.Executing;
}
