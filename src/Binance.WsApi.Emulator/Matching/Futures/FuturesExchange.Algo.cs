using Binance.WsApi.Emulator.Accounts;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Matching.Futures;

/// <summary>USD-M algoOrder.place / algoOrder.cancel: algoType CONDITIONAL here, TWAP / VP in FuturesExchange.AlgoWork.cs.</summary>
internal sealed partial class FuturesExchange
{
    private readonly Dictionary<long, AlgoOrder> _algos = [];
    private long _nextAlgoId;

    /// <summary>Places a conditional algo order: the same checks as order.place, then the order waits for its trigger.</summary>
    public Outcome<AlgoOrder> PlaceAlgo(Account account, FuturesOrderRequest r, string? clientAlgoId) => Run<Outcome<AlgoOrder>>(() =>
    {
        if (CheckClientAlgoId(account, clientAlgoId) is { } idError)
        {
            return idError;
        }

        if (r.Type is FuturesOrderType.Limit or FuturesOrderType.Market)
        {
            return Errors.InvalidParameter("type");
        }

        Outcome<FuturesPlaceOutcome> placed = PlaceCore(account, r with { FromAlgo = true, NewClientOrderId = null });
        if (!placed.Ok)
        {
            return placed.Error!;
        }

        FuturesOrder order = _orders[placed.Value!.Result.OrderId];
        var algo = new AlgoOrder
        {
            AlgoId = _nextAlgoId++,
            ClientAlgoId = clientAlgoId ?? NewClientOrderId(),
            Account = account,
            Order = order,
            PositionSide = r.PositionSide,
            CreateTime = NowMs,
            UpdateTime = NowMs,
        };
        _algos[algo.AlgoId] = algo;
        WatchAlgo(algo);
        return algo.Snapshot();
    });

    /// <summary>
    /// Cancels an algo order (algoId wins over clientAlgoId): a CONDITIONAL one that has not fired yet, or a TWAP / VP
    /// one still working (its executed part stays; no further slice goes out).
    /// </summary>
    public Outcome<AlgoOrder> CancelAlgo(Account account, long? algoId, string? clientAlgoId) => Run<Outcome<AlgoOrder>>(() =>
    {
        AlgoOrder? algo = algoId is { } id
            ? _algos.GetValueOrDefault(id)
            : _algos.Values.Where(a => a.ClientAlgoId == clientAlgoId && a.Account == account).MaxBy(a => a.AlgoId);
        if (algo is null || algo.Account != account)
        {
            return FuturesErrors.UnknownOrder();
        }

        if (algo.IsWorked)
        {
            if (algo.Status is not (AlgoStatus.New or AlgoStatus.Working))
            {
                return FuturesErrors.UnknownOrder();
            }

            EndWork(algo, AlgoStatus.Canceled);
            return algo.Snapshot();
        }

        if (algo.Status != AlgoStatus.New)
        {
            return FuturesErrors.UnknownOrder();
        }

        Close(_symbols[algo.Order.Symbol], algo.Order, FuturesOrderStatus.Canceled);
        algo.Canceled = true;
        algo.UpdateTime = NowMs;
        return algo.Snapshot();
    });

    public AlgoOrder? FindAlgo(long algoId) => Run(() => _algos.GetValueOrDefault(algoId)?.Snapshot());

    /// <summary>An account's algo order by id (wins) or client id (the newest with it); null when it has none such.</summary>
    public AlgoOrder? FindAlgo(Account account, long? algoId, string? clientAlgoId) => Run(() =>
    {
        AlgoOrder? algo = algoId is { } id
            ? _algos.GetValueOrDefault(id)
            : _algos.Values.Where(a => a.ClientAlgoId == clientAlgoId && a.Account == account).MaxBy(a => a.AlgoId);
        return algo is not null && algo.Account == account ? algo.Snapshot() : null;
    });

    /// <summary>The futures client id rule and uniqueness among the account's live algo orders.</summary>
    private ApiError? CheckClientAlgoId(Account account, string? clientAlgoId)
    {
        if (clientAlgoId is null)
        {
            return null;
        }

        if (!ClientOrderIdFormat().IsMatch(clientAlgoId))
        {
            return FuturesErrors.InvalidClientOrderId();
        }

        return _algos.Values.Any(a => a.Account == account && a.ClientAlgoId == clientAlgoId && a.Status is AlgoStatus.New or AlgoStatus.Triggered or AlgoStatus.Working)
            ? FuturesErrors.DuplicateClientOrderId()
            : null;
    }
}
