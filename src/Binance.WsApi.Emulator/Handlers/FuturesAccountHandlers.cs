using System.Text.Json;
using Binance.WsApi.Emulator.Hosting;
using Binance.WsApi.Emulator.Matching.Futures;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Handlers;

/// <summary>
/// Futures account queries (docs/protocol.md §6.2/§6.3): account.position, account.balance, account.status on both paths
/// and the USD-M v2/ variants. The account is in single-asset, cross-margin, one-way mode; liquidation prices
/// are not computed (printed as "0").
/// </summary>
internal sealed class FuturesAccountHandlers(EmulatorServices services) : IMethodGroup
{
    private const string AccountAlias = "SgsR";

    public IEnumerable<MethodDefinition> GetMethods() =>
    [
        Define("account.position", MarketSet.Futures, Position),
        Define("v2/account.position", MarketSet.UsdM, PositionV2),
        Define("account.balance", MarketSet.Futures, Balance),
        Define("v2/account.balance", MarketSet.UsdM, Balance),
        Define("account.status", MarketSet.Futures, ctx => Status(ctx, v2: false)),
        Define("v2/account.status", MarketSet.UsdM, ctx => Status(ctx, v2: true)),
    ];

    private static MethodDefinition Define(string name, MarketSet markets, Func<RequestContext, ValueTask<MethodResult>> handler) => new()
    {
        Name = name, Markets = markets, Security = SecurityType.Signed, Weight = MethodDefinition.FixedWeight(5), Handler = handler,
    };

    private FuturesExchange Exchange(RequestContext ctx) => ctx.Market == MarketKind.UsdM ? services.UsdM : services.CoinM;

    private static string Money(decimal value) => DecimalText.F8(value);

    private static string Price(FuturesPositionView p) => DecimalText.Fixed(Math.Round(p.EntryPrice, 8), p.Symbol.Inverse ? 8 : 5);

    private static string Qty(FuturesPositionView p) =>
        p.Symbol.Inverse ? DecimalText.Plain(p.Amount) : DecimalText.Fixed(p.Amount, p.Symbol.Symbol.QuantityPrecision);

    private ValueTask<MethodResult> Position(RequestContext ctx)
    {
        JsonElement p = ctx.Params;
        if (FuturesHandlerSupport.OptionalSymbol(ctx, out FuturesSymbolState? symbol) is { } error)
        {
            return MethodResult.Fail(error);
        }

        string? marginAsset = ParamReader.OptionalString(p, "marginAsset", out ApiError? e1);
        string? pair = ParamReader.OptionalString(p, "pair", out ApiError? e2);
        if ((e1 ?? e2) is { } paramError)
        {
            return MethodResult.Fail(paramError);
        }

        var rows = Exchange(ctx).View(ctx.Key!.Account).Positions
            .Where(r => (symbol is null || r.Symbol == symbol)
                && (marginAsset is null || r.Symbol.Symbol.MarginAsset == marginAsset)
                && (pair is null || r.Symbol.Symbol.Pair == pair))
            .ToList();
        bool coinM = ctx.Market == MarketKind.CoinM;
        return MethodResult.Ok(w =>
        {
            w.WriteStartArray();
            foreach (FuturesPositionView r in rows)
            {
                w.WriteStartObject();
                w.WriteString("symbol", r.Symbol.Symbol.Symbol);
                w.WriteString("positionAmt", Qty(r));
                w.WriteString("entryPrice", Price(r));
                w.WriteString("breakEvenPrice", Price(r));
                w.WriteString("markPrice", Money(r.MarkPrice));
                w.WriteString("unRealizedProfit", Money(r.Unrealized));
                w.WriteString("liquidationPrice", "0");
                w.WriteString("leverage", r.Leverage.ToString(System.Globalization.CultureInfo.InvariantCulture));
                if (coinM)
                {
                    w.WriteString("maxQty", "1000000");
                    w.WriteString("notionalValue", Money(r.Notional));
                }
                else
                {
                    w.WriteString("maxNotionalValue", "20000000");
                    w.WriteString("notional", Money(r.Notional));
                }

                w.WriteString("marginType", "cross");
                w.WriteString("isolatedMargin", Money(0m));
                w.WriteString("isAutoAddMargin", "false");
                w.WriteString("positionSide", "BOTH");
                w.WriteString("isolatedWallet", "0");
                w.WriteNumber("updateTime", r.UpdateTime);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }

    /// <summary>v2: only symbols with a position or open orders (docs/protocol.md §6.2).</summary>
    private ValueTask<MethodResult> PositionV2(RequestContext ctx)
    {
        if (FuturesHandlerSupport.OptionalSymbol(ctx, out FuturesSymbolState? symbol) is { } error)
        {
            return MethodResult.Fail(error);
        }

        var rows = services.UsdM.View(ctx.Key!.Account).Positions
            .Where(r => (symbol is null || r.Symbol == symbol) && (r.Amount != 0m || r.HasOpenOrders))
            .ToList();
        return MethodResult.Ok(w =>
        {
            w.WriteStartArray();
            foreach (FuturesPositionView r in rows)
            {
                w.WriteStartObject();
                w.WriteString("symbol", r.Symbol.Symbol.Symbol);
                w.WriteString("positionSide", "BOTH");
                w.WriteString("positionAmt", Qty(r));
                w.WriteString("entryPrice", Price(r));
                w.WriteString("breakEvenPrice", Price(r));
                w.WriteString("markPrice", Money(r.MarkPrice));
                w.WriteString("unRealizedProfit", Money(r.Unrealized));
                w.WriteString("liquidationPrice", "0");
                w.WriteString("isolatedMargin", Money(0m));
                w.WriteString("notional", Money(r.Notional));
                w.WriteString("marginAsset", r.Symbol.Symbol.MarginAsset);
                w.WriteString("isolatedWallet", "0");
                w.WriteString("initialMargin", Money(r.PositionInitialMargin + r.OpenOrderInitialMargin));
                w.WriteString("maintMargin", Money(r.MaintMargin));
                w.WriteString("positionInitialMargin", Money(r.PositionInitialMargin));
                w.WriteString("openOrderInitialMargin", Money(r.OpenOrderInitialMargin));
                w.WriteNumber("adl", 0);
                w.WriteString("bidNotional", Money(r.BidNotional));
                w.WriteString("askNotional", Money(r.AskNotional));
                w.WriteNumber("updateTime", r.UpdateTime);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }

    private ValueTask<MethodResult> Balance(RequestContext ctx)
    {
        var assets = Exchange(ctx).View(ctx.Key!.Account).Assets;
        bool coinM = ctx.Market == MarketKind.CoinM;
        return MethodResult.Ok(w =>
        {
            w.WriteStartArray();
            foreach (FuturesAssetView a in assets)
            {
                decimal available = Math.Max(0m, a.Available);
                w.WriteStartObject();
                w.WriteString("accountAlias", AccountAlias);
                w.WriteString("asset", a.Asset);
                w.WriteString("balance", Money(a.Wallet));
                if (coinM)
                {
                    w.WriteString("withdrawAvailable", Money(available));
                }

                w.WriteString("crossWalletBalance", Money(a.Wallet));
                w.WriteString("crossUnPnl", Money(a.Unrealized));
                w.WriteString("availableBalance", Money(available));
                if (!coinM)
                {
                    w.WriteString("maxWithdrawAmount", Money(available));
                    w.WriteBoolean("marginAvailable", true);
                }

                w.WriteNumber("updateTime", a.UpdateTime);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }

    private ValueTask<MethodResult> Status(RequestContext ctx, bool v2)
    {
        FuturesAccountView view = Exchange(ctx).View(ctx.Key!.Account);
        bool coinM = ctx.Market == MarketKind.CoinM;
        var positions = view.Positions.Where(p => !v2 || p.Amount != 0m || p.HasOpenOrders).ToList();
        return MethodResult.Ok(w =>
        {
            w.WriteStartObject();
            if (!v2)
            {
                w.WriteNumber("feeTier", 0);
                w.WriteBoolean("canTrade", true);
                w.WriteBoolean("canDeposit", true);
                w.WriteBoolean("canWithdraw", true);
                w.WriteNumber("updateTime", 0);
            }

            if (!coinM)
            {
                w.WriteBoolean("multiAssetsMargin", false);
                w.WriteNumber("tradeGroupId", -1);
                w.WriteString("totalInitialMargin", Money(view.Assets.Sum(a => a.PositionInitialMargin + a.OpenOrderInitialMargin)));
                w.WriteString("totalMaintMargin", Money(view.Assets.Sum(a => a.MaintMargin)));
                w.WriteString("totalWalletBalance", Money(view.Assets.Sum(a => a.Wallet)));
                w.WriteString("totalUnrealizedProfit", Money(view.Assets.Sum(a => a.Unrealized)));
                w.WriteString("totalMarginBalance", Money(view.Assets.Sum(a => a.Wallet + a.Unrealized)));
                w.WriteString("totalPositionInitialMargin", Money(view.Assets.Sum(a => a.PositionInitialMargin)));
                w.WriteString("totalOpenOrderInitialMargin", Money(view.Assets.Sum(a => a.OpenOrderInitialMargin)));
                w.WriteString("totalCrossWalletBalance", Money(view.Assets.Sum(a => a.Wallet)));
                w.WriteString("totalCrossUnPnl", Money(view.Assets.Sum(a => a.Unrealized)));
                w.WriteString("availableBalance", Money(Math.Max(0m, view.Assets.Sum(a => a.Available))));
                w.WriteString("maxWithdrawAmount", Money(Math.Max(0m, view.Assets.Sum(a => a.Available))));
            }

            w.WriteStartArray("assets");
            foreach (FuturesAssetView a in view.Assets)
            {
                decimal available = Math.Max(0m, a.Available);
                w.WriteStartObject();
                w.WriteString("asset", a.Asset);
                w.WriteString("walletBalance", Money(a.Wallet));
                w.WriteString("unrealizedProfit", Money(a.Unrealized));
                w.WriteString("marginBalance", Money(a.Wallet + a.Unrealized));
                w.WriteString("maintMargin", Money(a.MaintMargin));
                w.WriteString("initialMargin", Money(a.PositionInitialMargin + a.OpenOrderInitialMargin));
                w.WriteString("positionInitialMargin", Money(a.PositionInitialMargin));
                w.WriteString("openOrderInitialMargin", Money(a.OpenOrderInitialMargin));
                w.WriteString("crossWalletBalance", Money(a.Wallet));
                w.WriteString("crossUnPnl", Money(a.Unrealized));
                w.WriteString("availableBalance", Money(available));
                w.WriteString("maxWithdrawAmount", Money(available));
                w.WriteBoolean("marginAvailable", true);
                w.WriteNumber("updateTime", a.UpdateTime);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("positions");
            foreach (FuturesPositionView p in positions)
            {
                w.WriteStartObject();
                w.WriteString("symbol", p.Symbol.Symbol.Symbol);
                w.WriteString("positionSide", "BOTH");
                w.WriteString("positionAmt", Qty(p));
                w.WriteString("unrealizedProfit", Money(p.Unrealized));
                w.WriteString("initialMargin", Money(p.PositionInitialMargin + p.OpenOrderInitialMargin));
                w.WriteString("maintMargin", Money(p.MaintMargin));
                w.WriteString("positionInitialMargin", Money(p.PositionInitialMargin));
                w.WriteString("openOrderInitialMargin", Money(p.OpenOrderInitialMargin));
                w.WriteString("isolatedMargin", Money(0m));
                w.WriteString("isolatedWallet", "0");
                w.WriteString(coinM ? "notionalValue" : "notional", Money(p.Notional));
                if (!v2)
                {
                    w.WriteString("leverage", p.Leverage.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    w.WriteBoolean("isolated", false);
                    w.WriteString("entryPrice", Price(p));
                    w.WriteString("breakEvenPrice", Price(p));
                    if (coinM)
                    {
                        w.WriteString("maxQty", "1000000");
                    }
                    else
                    {
                        w.WriteString("maxNotional", "20000000");
                        w.WriteString("bidNotional", Money(p.BidNotional));
                        w.WriteString("askNotional", Money(p.AskNotional));
                    }
                }

                w.WriteNumber("updateTime", p.UpdateTime);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }
}
