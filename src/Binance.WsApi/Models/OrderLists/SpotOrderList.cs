namespace Binance.WsApi.Models;

/// <summary>An order list's status, as <c>orderList.status</c>, <c>openOrderLists.status</c> and <c>allOrderLists</c> report it (orders by id only).</summary>
public sealed record SpotOrderList : SpotOrderListBase;
