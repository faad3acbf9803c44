using Binance.WsApi.Emulator.Accounts;

namespace Binance.WsApi.Emulator.Matching;

internal sealed partial class SpotExchange
{
    /// <summary>
    /// Credits (positive) or debits (negative) an account's free balance from outside the exchange, as a deposit or
    /// withdrawal would: one <see cref="BalanceDeltaEvent"/> followed by the account's balance event. The supply
    /// follows, so the conservation invariant still holds.
    /// </summary>
    /// <exception cref="InvalidOperationException">A debit larger than the free balance.</exception>
    public void Deposit(Account account, string asset, decimal delta)
    {
        ArgumentNullException.ThrowIfNull(asset);
        Run(() =>
        {
            AddAccount(account);
            if (delta < 0m && account.Get(asset).Free < -delta)
            {
                throw new InvalidOperationException($"Account {account.Name} has less than {-delta} {asset} free.");
            }

            account.Adjust(asset, delta, 0m);
            _supply[asset] = _supply.GetValueOrDefault(asset) + delta;
            _events.Add(new BalanceDeltaEvent(account, NowMs, asset, delta));
            Touch(account, asset);
            return true;
        });
    }

    /// <summary>
    /// Binance reports a cancellation with the cancel request's client order id in <c>c</c> and the order's own in
    /// <c>C</c>; the engine emits the event before that id is chosen, so the caller patches the report's snapshot.
    /// </summary>
    private void SetCancelReportClientOrderId(SpotOrder order, string clientOrderId)
    {
        for (int i = _events.Count - 1; i >= 0; i--)
        {
            if (_events[i] is OrderUpdateEvent { ExecutionType: ExecutionType.Canceled } update
                && update.Order.OrderId == order.OrderId && update.Order.Symbol == order.Symbol)
            {
                update.Order.ClientOrderId = clientOrderId; // the event's own clone, not the live order
                return;
            }
        }
    }

    /// <summary>
    /// Execution ids (<c>I</c>) count per symbol across all accounts, in stream order; amendments take theirs when
    /// they happen, every other order update here, just before the batch is published.
    /// </summary>
    private void AssignExecutionIds()
    {
        for (int i = 0; i < _events.Count; i++)
        {
            if (_events[i] is OrderUpdateEvent { ExecutionId: 0 } update && _symbols.TryGetValue(update.Order.Symbol, out SymbolState? s))
            {
                _events[i] = update with { ExecutionId = s.NextExecutionId++ };
            }
        }
    }
}
