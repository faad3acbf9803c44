namespace Binance.WsApi.Models;

/// <summary>What every order-list report carries: the list's ids, kind and status, and its orders.</summary>
public abstract record SpotOrderListBase
{
    /// <summary>The exchange's order-list id.</summary>
    public long OrderListId { get; init; }

    /// <summary>OCO or OTO (OPO and OPOCO lists report OTO too).</summary>
    public ContingencyType ContingencyType { get; init; }

    /// <summary>RESPONSE, EXEC_STARTED, UPDATED or ALL_DONE (absent in an amendment's list status).</summary>
    public ListStatusType? ListStatusType { get; init; }

    /// <summary>EXECUTING, ALL_DONE or REJECT.</summary>
    public ListOrderStatus ListOrderStatus { get; init; }

    /// <summary>The list's client id.</summary>
    public string ListClientOrderId { get; init; } = string.Empty;

    /// <summary>When the list last changed, in milliseconds (0 when absent).</summary>
    public long TransactionTime { get; init; }

    /// <summary>The symbol.</summary>
    public string Symbol { get; init; } = string.Empty;

    /// <summary>The list's orders, by id.</summary>
    public IReadOnlyList<SpotOrderListOrder> Orders
    {
        // Source-generated deserialization leaves a missing init property at null, not at its initializer.
        get => _orders ?? [];
        init => _orders = value;
    }

    private readonly IReadOnlyList<SpotOrderListOrder>? _orders;
}
