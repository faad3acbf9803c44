namespace Binance.WsApi.Emulator.Matching.Futures;

/// <summary>
/// ALGO_UPDATE: every status an algo order reaches, in order, at the end of the operation that moved it. The algo's
/// status is derived (a CONDITIONAL algo's from its engine order), so rather than hooking every path that can change
/// it, each live algo's last reported status is compared at the end of each operation.
/// </summary>
internal sealed partial class FuturesExchange
{
    // Algo id → the status last reported (null: placed, nothing reported yet). Final statuses leave the map.
    private readonly Dictionary<long, AlgoStatus?> _algoReported = [];

    private void WatchAlgo(AlgoOrder algo) => _algoReported[algo.AlgoId] = null;

    private void RecordAlgoUpdates()
    {
        if (_algoReported.Count == 0)
        {
            return;
        }

        long now = NowMs;
        foreach ((long id, AlgoStatus? reported) in _algoReported.ToList())
        {
            AlgoOrder algo = _algos[id];
            AlgoStatus status = algo.Status;
            if (reported == status)
            {
                continue;
            }

            if (Followed(algo.Account))
            {
                AlgoOrder snapshot = algo.Snapshot();
                FuturesSymbolState s = _symbols[algo.Order.Symbol];
                foreach (AlgoStatus step in Steps(algo, reported, status))
                {
                    _events.Add(new FuturesAlgoEvent(s, snapshot, step, now));
                }
            }

            if (status is AlgoStatus.Finished or AlgoStatus.Canceled or AlgoStatus.Expired)
            {
                _algoReported.Remove(id);
            }
            else
            {
                _algoReported[id] = status;
            }
        }
    }

    /// <summary>
    /// The statuses between the last report and now. A CONDITIONAL algo passes NEW → TRIGGERING → TRIGGERED →
    /// FINISHED (the docs' lifecycle), even when one operation placed, fired and filled it.
    /// </summary>
    private static List<AlgoStatus> Steps(AlgoOrder algo, AlgoStatus? reported, AlgoStatus status)
    {
        var steps = new List<AlgoStatus>(4);
        if (reported is null)
        {
            steps.Add(AlgoStatus.New);
        }

        bool fromNew = reported is null or AlgoStatus.New;
        if (!algo.IsWorked && fromNew && status is AlgoStatus.Triggered or AlgoStatus.Finished)
        {
            steps.Add(AlgoStatus.Triggering);
            steps.Add(AlgoStatus.Triggered);
        }
        else if (algo.IsWorked && fromNew && algo.TicksDone > 0 && status is AlgoStatus.Finished or AlgoStatus.Canceled or AlgoStatus.Expired)
        {
            steps.Add(AlgoStatus.Working); // TWAP / VP (our extension): slices went out before it ended
        }

        if (status != AlgoStatus.New && (steps.Count == 0 || steps[^1] != status))
        {
            steps.Add(status);
        }

        return steps;
    }
}
