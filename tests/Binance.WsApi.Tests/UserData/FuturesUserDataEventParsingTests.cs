using System.Text;
using System.Text.Json;
using Binance.WsApi.Protocol;
using Binance.WsApi.UserData;

namespace Binance.WsApi.Tests.UserData;

/// <summary>Binance's documented futures user data events (listen-key stream, unwrapped objects) → typed models.</summary>
public class FuturesUserDataEventParsingTests
{
    internal const string OrderTradeUpdate = """
        {"e":"ORDER_TRADE_UPDATE","E":1568879465651,"T":1568879465650,"o":{"s":"BTCUSDT","c":"TEST","S":"SELL","o":"TRAILING_STOP_MARKET",
        "f":"GTC","q":"0.001","p":"0","ap":"0","sp":"7103.04","x":"NEW","X":"NEW","i":8886774,"l":"0","z":"0","L":"0","N":"USDT","n":"0",
        "T":1568879465650,"t":0,"b":"0","a":"9.91","m":false,"R":false,"wt":"CONTRACT_PRICE","ot":"TRAILING_STOP_MARKET","ps":"LONG",
        "cp":false,"AP":"7476.89","cr":"5.0","pP":false,"si":0,"ss":0,"rp":"0","V":"EXPIRE_TAKER","pm":"OPPONENT","gtd":0}}
        """;

    private static UserDataEvent Parse(string json)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(json);
        using JsonDocument doc = JsonDocument.Parse(bytes);
        return UserDataEventParser.Parse(bytes, doc.RootElement.GetProperty("e").GetString());
    }

    [Fact]
    public void Order_trade_update_keeps_case_sensitive_fields_apart()
    {
        var update = Assert.IsType<FuturesOrderTradeUpdateEvent>(Parse(OrderTradeUpdate));
        Assert.Equal(1568879465651, update.EventTime);
        Assert.Equal(1568879465650, update.TransactionTime);
        FuturesOrderUpdate o = update.Order;
        Assert.Equal("BTCUSDT", o.Symbol);
        Assert.Equal("TEST", o.ClientOrderId);
        Assert.Equal("SELL", o.Side);
        Assert.Equal("TRAILING_STOP_MARKET", o.OrderType);
        Assert.Equal("GTC", o.TimeInForce);
        Assert.Equal(0.001m, o.OriginalQuantity);
        Assert.Equal(7103.04m, o.StopPrice);
        Assert.Equal("NEW", o.ExecutionType);
        Assert.Equal("NEW", o.OrderStatus);
        Assert.Equal(8886774, o.OrderId);
        Assert.Equal("USDT", o.CommissionAsset);
        Assert.Equal(1568879465650, o.TradeTime);   // T
        Assert.Equal(0, o.TradeId);                 // t
        Assert.Equal(9.91m, o.AsksNotional);        // a
        Assert.Equal(0m, o.BidsNotional);           // b
        Assert.False(o.IsMaker);
        Assert.Equal("CONTRACT_PRICE", o.WorkingType);
        Assert.Equal("LONG", o.PositionSide);
        Assert.Equal("EXPIRE_TAKER", o.SelfTradePreventionMode);
        Assert.Equal("OPPONENT", o.PriceMatch);
        Assert.Equal(0, o.GoodTillDate);
    }

    [Fact]
    public void Account_update_has_balances_and_positions()
    {
        const string json = """
            {"e":"ACCOUNT_UPDATE","E":1564745798939,"T":1564745798938,"a":{"m":"ORDER",
            "B":[{"a":"USDT","wb":"122624.12345678","cw":"100.12345678","bc":"50.12345678"},{"a":"BUSD","wb":"1.00000000","cw":"0.00000000","bc":"-49.12345678"}],
            "P":[{"s":"BTCUSDT","pa":"0","ep":"0.00000","bep":"0","cr":"200","up":"0","mt":"isolated","iw":"0.00000000","ps":"BOTH"},
                 {"s":"BTCUSDT","pa":"20","ep":"6563.66500","bep":"6563.6","cr":"0","up":"2850.21200","mt":"isolated","iw":"13200.70726908","ps":"LONG"}]}}
            """;
        var update = Assert.IsType<FuturesAccountUpdateEvent>(Parse(json));
        Assert.Equal(1564745798938, update.TransactionTime);
        Assert.Equal("ORDER", update.Update.Reason);
        Assert.Equal(2, update.Update.Balances.Count);
        Assert.Equal(122624.12345678m, update.Update.Balances[0].WalletBalance);
        Assert.Equal(100.12345678m, update.Update.Balances[0].CrossWalletBalance);
        Assert.Equal(-49.12345678m, update.Update.Balances[1].BalanceChange);
        FuturesPositionUpdate p = update.Update.Positions[1];
        Assert.Equal(20m, p.PositionAmount);
        Assert.Equal(6563.665m, p.EntryPrice);
        Assert.Equal(6563.6m, p.BreakevenPrice);
        Assert.Equal(2850.212m, p.UnrealizedProfit);
        Assert.Equal(13200.70726908m, p.IsolatedWallet);
        Assert.Equal("isolated", p.MarginType);
        Assert.Equal("LONG", p.PositionSide);
        Assert.Equal(200m, update.Update.Positions[0].AccumulatedRealized);
    }

    [Fact]
    public void Margin_call_lists_positions()
    {
        const string json = """
            {"e":"MARGIN_CALL","E":1587727187525,"cw":"3.16812045","p":[{"s":"ETHUSDT","ps":"LONG","pa":"1.327","mt":"CROSSED","iw":"0",
            "mp":"187.17127","up":"-1.166074","mm":"1.614445"}]}
            """;
        var call = Assert.IsType<FuturesMarginCallEvent>(Parse(json));
        Assert.Equal(3.16812045m, call.CrossWalletBalance);
        FuturesMarginCallPosition p = Assert.Single(call.Positions);
        Assert.Equal("ETHUSDT", p.Symbol);
        Assert.Equal(1.327m, p.PositionAmount);
        Assert.Equal(187.17127m, p.MarkPrice);
        Assert.Equal(-1.166074m, p.UnrealizedProfit);
        Assert.Equal(1.614445m, p.MaintenanceMargin);
    }

    [Fact]
    public void Account_config_update_is_leverage_or_multi_assets()
    {
        var leverage = Assert.IsType<FuturesAccountConfigUpdateEvent>(Parse(
            """{"e":"ACCOUNT_CONFIG_UPDATE","E":1611646737479,"T":1611646737476,"ac":{"s":"BTCUSDT","l":25}}"""));
        Assert.Equal("BTCUSDT", leverage.Leverage!.Symbol);
        Assert.Equal(25, leverage.Leverage.Leverage);
        Assert.Null(leverage.MultiAssets);

        var multi = Assert.IsType<FuturesAccountConfigUpdateEvent>(Parse(
            """{"e":"ACCOUNT_CONFIG_UPDATE","E":1611646737479,"T":1611646737476,"ai":{"j":true}}"""));
        Assert.True(multi.MultiAssets!.MultiAssetsMode);
        Assert.Null(multi.Leverage);
    }

    [Fact]
    public void Trade_lite_parses()
    {
        const string json = """
            {"e":"TRADE_LITE","E":1721895408092,"T":1721895408214,"s":"BTCUSDT","q":"0.001","p":"0","m":false,"c":"z8hcUoOsqEdKMeKPSABslD",
            "S":"BUY","L":"64089.20","l":"0.040","t":109100866,"i":8886774}
            """;
        var trade = Assert.IsType<FuturesTradeLiteEvent>(Parse(json));
        Assert.Equal(1721895408214, trade.TransactionTime);
        Assert.Equal(0.001m, trade.OriginalQuantity);
        Assert.Equal(64089.20m, trade.LastFilledPrice);
        Assert.Equal(0.040m, trade.LastFilledQuantity);
        Assert.Equal(109100866, trade.TradeId);
        Assert.Equal(8886774, trade.OrderId);
        Assert.Equal("BUY", trade.Side);
        Assert.Equal("z8hcUoOsqEdKMeKPSABslD", trade.ClientOrderId);
    }

    [Fact]
    public void Listen_key_expired_parses()
    {
        var expired = Assert.IsType<ListenKeyExpiredEvent>(Parse(
            """{"e":"listenKeyExpired","E":1736996475556,"listenKey":"WsCMN0a4KHUPTQuX6IUnqEZfB1inxmv1qR4kbf1LuEjur5VdbzqvyxqG9TSjVVxv"}"""));
        Assert.Equal("WsCMN0a4KHUPTQuX6IUnqEZfB1inxmv1qR4kbf1LuEjur5VdbzqvyxqG9TSjVVxv", expired.ListenKey);
    }
}
