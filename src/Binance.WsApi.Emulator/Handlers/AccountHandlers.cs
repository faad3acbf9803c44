using Binance.WsApi.Emulator.Accounts;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Handlers;

/// <summary>Account queries (docs/protocol.md §5.5). For now: spot <c>account.status</c>.</summary>
internal sealed class AccountHandlers : IMethodGroup
{
    public IEnumerable<MethodDefinition> GetMethods() =>
    [
        new MethodDefinition
        {
            Name = "account.status",
            Markets = MarketSet.Spot,
            Security = SecurityType.Signed,
            Weight = MethodDefinition.FixedWeight(20),
            Handler = AccountStatus,
        },
    ];

    private static ValueTask<MethodResult> AccountStatus(RequestContext ctx)
    {
        bool omitZero = ParamReader.OptionalBoolean(ctx.Params, "omitZeroBalances", out ApiError? error) ?? false;
        if (error is not null)
        {
            return MethodResult.Fail(error);
        }

        Account account = ctx.Key!.Account;
        var balances = account.SnapshotBalances();
        return MethodResult.Ok(w =>
        {
            w.WriteStartObject();

            // The integer fields are the rates in basis points (0.0015 → 15), as in the docs' example.
            w.WriteNumber("makerCommission", decimal.ToInt32(account.MakerCommission * 10000m));
            w.WriteNumber("takerCommission", decimal.ToInt32(account.TakerCommission * 10000m));
            w.WriteNumber("buyerCommission", 0);
            w.WriteNumber("sellerCommission", 0);
            w.WriteBoolean("canTrade", true);
            w.WriteBoolean("canWithdraw", true);
            w.WriteBoolean("canDeposit", true);
            w.WriteStartObject("commissionRates");
            w.WriteString("maker", DecimalText.F8(account.MakerCommission));
            w.WriteString("taker", DecimalText.F8(account.TakerCommission));
            w.WriteString("buyer", DecimalText.F8(0m));
            w.WriteString("seller", DecimalText.F8(0m));
            w.WriteEndObject();
            w.WriteBoolean("brokered", false);
            w.WriteBoolean("requireSelfTradePrevention", false);
            w.WriteBoolean("preventSor", false);
            w.WriteNumber("updateTime", account.UpdateTime);
            w.WriteString("accountType", "SPOT");
            w.WriteStartArray("balances");
            foreach (var (asset, free, locked) in balances)
            {
                if (omitZero && free == 0m && locked == 0m)
                {
                    continue;
                }

                w.WriteStartObject();
                w.WriteString("asset", asset);
                w.WriteString("free", DecimalText.F8(free));
                w.WriteString("locked", DecimalText.F8(locked));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("permissions");
            w.WriteStringValue("SPOT");
            w.WriteEndArray();
            w.WriteNumber("uid", account.Uid);
            w.WriteEndObject();
        });
    }
}
