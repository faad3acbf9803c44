using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary><c>listStatus</c>: an order list changed (sent with its legs' execution reports).</summary>
public sealed record ListStatusEvent : UserDataEvent
{
    /// <summary><c>s</c>: symbol.</summary>
    [JsonPropertyName("s")] public string Symbol { get; init; } = string.Empty;

    /// <summary><c>g</c>: order list id.</summary>
    [JsonPropertyName("g")] public long OrderListId { get; init; }

    /// <summary><c>c</c>: contingency type.</summary>
    [JsonPropertyName("c")] public ContingencyType ContingencyType { get; init; }

    /// <summary><c>l</c>: list status type.</summary>
    [JsonPropertyName("l")] public ListStatusType ListStatusType { get; init; }

    /// <summary><c>L</c>: list order status.</summary>
    [JsonPropertyName("L")] public ListOrderStatus ListOrderStatus { get; init; }

    /// <summary><c>r</c>: reject reason.</summary>
    [JsonPropertyName("r")] public string RejectReason { get; init; } = string.Empty;

    /// <summary><c>C</c>: list client order id.</summary>
    [JsonPropertyName("C")] public string ListClientOrderId { get; init; } = string.Empty;

    /// <summary><c>T</c>: transaction time.</summary>
    [JsonPropertyName("T")] public long TransactionTime { get; init; }

    /// <summary><c>O</c>: the list's orders.</summary>
    [JsonPropertyName("O")] public IReadOnlyList<ListStatusOrder> Orders { get; init; } = [];
}

/// <summary>One order of a <see cref="ListStatusEvent"/>.</summary>
public sealed record ListStatusOrder
{
    /// <summary><c>s</c>: symbol.</summary>
    [JsonPropertyName("s")] public string Symbol { get; init; } = string.Empty;

    /// <summary><c>i</c>: order id.</summary>
    [JsonPropertyName("i")] public long OrderId { get; init; }

    /// <summary><c>c</c>: client order id.</summary>
    [JsonPropertyName("c")] public string ClientOrderId { get; init; } = string.Empty;
}
