namespace Binance.WsApi.Emulator.Matching;

/// <summary>One order.amend.keepPriority (order.amendments).</summary>
internal sealed record Amendment(
    string Symbol, long OrderId, long ExecutionId, string OrigClientOrderId, string NewClientOrderId, decimal OrigQty, decimal NewQty, long Time);
