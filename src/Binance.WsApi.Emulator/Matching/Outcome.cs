using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Matching;

/// <summary>What an engine operation produced: a value, or Binance's error for why it did nothing.</summary>
internal readonly record struct Outcome<T>(T? Value, ApiError? Error)
{
    public bool Ok => Error is null;

    public static implicit operator Outcome<T>(ApiError error) => new(default, error);

    public static implicit operator Outcome<T>(T value) => new(value, null);
}

/// <summary>A placed order as it stood right after placement (before deferred work such as OTO activations), with its fills.</summary>
internal sealed record PlaceOutcome(SpotOrder Order, IReadOnlyList<Fill> Fills, long TransactTime);

/// <summary>A cancelled order (clone) and the client id it had before the cancel.</summary>
internal sealed record CancelOutcome(SpotOrder? Order, string? OrigClientOrderId, ListOutcome? List, long TransactTime);

/// <summary>An order list with snapshots of its legs (report order) and their fills.</summary>
internal sealed record ListOutcome(OrderList List, IReadOnlyList<SpotOrder> Orders, IReadOnlyList<IReadOnlyList<Fill>> Fills, long TransactionTime,
    IReadOnlyList<string?>? OrigClientOrderIds = null);

/// <summary>Result of order.amend.keepPriority.</summary>
internal sealed record AmendOutcome(SpotOrder Order, string OrigClientOrderId, long ExecutionId, long TransactTime, ListOutcome? List);
