using System.Text.Json;
using Binance.WsApi.Emulator.Accounts;
using Binance.WsApi.Emulator.Matching;
using Binance.WsApi.Emulator.Matching.Futures;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Hosting.Admin;

/// <summary>
/// <c>GET /admin/state</c>: per account, its keys (ids and types only), spot balances and open orders, and on each
/// futures market the wallets, non-flat positions and open orders. Each part is a consistent copy taken under its
/// exchange's lock; the parts are not one atomic snapshot (a test asserts after its operations have answered).
/// </summary>
internal static class StateDump
{
    public static void Write(EmulatorServices services, Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteNumber("time", services.Time.GetUtcNow().ToUnixTimeMilliseconds());
        w.WriteStartArray("accounts");
        foreach (Account account in services.Accounts.Accounts)
        {
            w.WriteStartObject();
            w.WriteString("name", account.Name);
            w.WriteNumber("uid", account.Uid);
            AccountAdmin.WriteKeys(w, services.Accounts.Keys.Where(k => k.Account == account).OrderBy(k => k.ApiKey, StringComparer.Ordinal));
            WriteSpot(services.Exchange, account, w);
            WriteFutures("usdm", services.UsdM, account, w);
            WriteFutures("coinm", services.CoinM, account, w);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteSpot(SpotExchange exchange, Account account, Utf8JsonWriter w)
    {
        IReadOnlyList<SpotOrder> open = exchange.OpenOrders(account, null);
        w.WriteStartObject("spot");
        w.WriteStartArray("balances");
        foreach (var (asset, free, locked) in account.SnapshotBalances())
        {
            w.WriteStartObject();
            w.WriteString("asset", asset);
            w.WriteString("free", DecimalText.F8(free));
            w.WriteString("locked", DecimalText.F8(locked));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("openOrders");
        foreach (SpotOrder o in open.OrderBy(o => o.Symbol, StringComparer.Ordinal).ThenBy(o => o.OrderId))
        {
            w.WriteStartObject();
            w.WriteString("symbol", o.Symbol);
            w.WriteNumber("orderId", o.OrderId);
            w.WriteString("clientOrderId", o.ClientOrderId);
            w.WriteString("side", Wire.Name(o.Side));
            w.WriteString("type", Wire.Name(o.Kind));
            w.WriteString("status", Wire.Name(o.Status));
            w.WriteString("price", DecimalText.F8(o.Price));
            w.WriteString("origQty", DecimalText.F8(o.OrigQty));
            w.WriteString("executedQty", DecimalText.F8(o.ExecutedQty));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteFutures(string name, FuturesExchange exchange, Account account, Utf8JsonWriter w)
    {
        FuturesAccountView view = exchange.View(account);
        IReadOnlyList<FuturesOrder> open = exchange.OpenOrders(account);
        w.WriteStartObject(name);
        w.WriteStartArray("wallets");
        foreach (FuturesAssetView asset in view.Assets)
        {
            w.WriteStartObject();
            w.WriteString("asset", asset.Asset);
            w.WriteString("walletBalance", DecimalText.Plain(asset.Wallet));
            w.WriteString("unrealizedProfit", DecimalText.Plain(asset.Unrealized));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("positions");
        foreach (FuturesPositionView p in view.Positions.Where(p => p.Amount != 0m))
        {
            w.WriteStartObject();
            w.WriteString("symbol", p.Symbol.Symbol.Symbol);
            w.WriteString("positionAmt", DecimalText.Plain(p.Amount));
            w.WriteString("entryPrice", DecimalText.Plain(p.EntryPrice));
            w.WriteString("markPrice", DecimalText.Plain(p.MarkPrice));
            w.WriteString("unrealizedProfit", DecimalText.Plain(p.Unrealized));
            w.WriteNumber("leverage", p.Leverage);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("openOrders");
        foreach (FuturesOrder o in open)
        {
            w.WriteStartObject();
            w.WriteString("symbol", o.Symbol);
            w.WriteNumber("orderId", o.OrderId);
            w.WriteString("clientOrderId", o.ClientOrderId);
            w.WriteString("side", Wire.Name(o.Side));
            w.WriteString("type", Wire.Name(o.Type));
            w.WriteString("price", DecimalText.Plain(o.Price));
            w.WriteString("stopPrice", DecimalText.Plain(o.StopPrice));
            w.WriteString("origQty", DecimalText.Plain(o.OrigQty));
            w.WriteString("executedQty", DecimalText.Plain(o.ExecutedQty));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
