using System.Text.Json;
using Binance.WsApi.Emulator.Handlers;
using Binance.WsApi.Emulator.Matching.Futures;
using Binance.WsApi.Emulator.Protocol;
using Binance.WsApi.Emulator.Tests.Infrastructure;

namespace Binance.WsApi.Emulator.Tests.Futures;

/// <summary>
/// The declared per-type presence rules of futures order.place (FuturesOrderParameters) over the wire: for every order
/// type a missing required parameter gets -1102 and a parameter the type does not take gets -1106, nothing placed.
/// Conditional types go to COIN-M: USD-M sends them to the algo service (-4120, FuturesTradingWsTests).
/// </summary>
public sealed class FuturesOrderParameterWsTests : FuturesWsTestBase
{
    /// <summary>A complete, valid order of each type (COIN-M quantities are contracts, USD-M's BTC).</summary>
    private static Dictionary<string, string> Valid(string type) => type switch
    {
        "LIMIT" => new() { ["timeInForce"] = "GTC", ["price"] = "60000", ["quantity"] = "1" },
        "MARKET" => new() { ["quantity"] = "1" },
        "STOP" => new() { ["quantity"] = "1", ["price"] = "60000", ["stopPrice"] = "60050" },
        "STOP_MARKET" => new() { ["quantity"] = "1", ["stopPrice"] = "60050" },
        "TAKE_PROFIT" => new() { ["quantity"] = "1", ["price"] = "60000", ["stopPrice"] = "59000" },
        "TAKE_PROFIT_MARKET" => new() { ["quantity"] = "1", ["stopPrice"] = "59000" },
        "TRAILING_STOP_MARKET" => new() { ["quantity"] = "1", ["callbackRate"] = "1" },
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    private Task<JsonElement> Place(bool usdm, string type, Dictionary<string, string> values)
    {
        (string, string)[] parameters =
        [
            S("symbol", usdm ? "BTCUSDT" : "BTCUSD_PERP"), S("side", "BUY"), S("type", type), .. values.Select(v => S(v.Key, v.Value)),
        ];
        return Signed(usdm ? UsdM : CoinM, "order.place", parameters);
    }

    private IReadOnlyList<FuturesOrder> OpenOrders(bool usdm) =>
        (usdm ? Emulator.Services.UsdM : Emulator.Services.CoinM).OpenOrders(Emulator.Services.Accounts.Find(DemoAccount.HmacApiKey)!.Account);

    [Theory]
    [InlineData(true, "LIMIT", "timeInForce")]
    [InlineData(false, "LIMIT", "price")]
    [InlineData(true, "LIMIT", "quantity")]
    [InlineData(true, "MARKET", "quantity")]
    [InlineData(false, "MARKET", "quantity")]
    [InlineData(false, "STOP", "price")]
    [InlineData(false, "STOP", "stopPrice")]
    [InlineData(false, "STOP_MARKET", "stopPrice")]
    [InlineData(false, "STOP_MARKET", "quantity")]
    [InlineData(false, "TAKE_PROFIT", "stopPrice")]
    [InlineData(false, "TAKE_PROFIT", "quantity")]
    [InlineData(false, "TAKE_PROFIT_MARKET", "stopPrice")]
    [InlineData(false, "TRAILING_STOP_MARKET", "callbackRate")]
    [InlineData(false, "TRAILING_STOP_MARKET", "quantity")]
    public async Task A_missing_required_parameter_is_refused_with_1102(bool usdm, string type, string missing)
    {
        Dictionary<string, string> order = Valid(type);
        Assert.True(order.Remove(missing));

        AssertError(await Place(usdm, type, order), -1102, $"Mandatory parameter '{missing}' was not sent, was empty/null, or malformed.");
        Assert.Empty(OpenOrders(usdm));
    }

    [Theory]
    [InlineData(true, "LIMIT", "stopPrice", "60050", "stopPrice")]
    [InlineData(false, "LIMIT", "callbackRate", "1", "callbackRate")]
    [InlineData(true, "LIMIT", "closePosition", "true", "closePosition")]
    [InlineData(true, "MARKET", "price", "60000", "price")]
    [InlineData(false, "MARKET", "activationPrice", "60000", "activationPrice")]
    [InlineData(false, "STOP", "callbackRate", "1", "callbackRate")]
    [InlineData(false, "STOP_MARKET", "price", "60000", "price")]
    [InlineData(false, "STOP_MARKET", "closePosition", "true", "quantity")]
    [InlineData(false, "TAKE_PROFIT", "activationPrice", "60000", "activationPrice")]
    [InlineData(false, "TAKE_PROFIT_MARKET", "price", "60000", "price")]
    [InlineData(false, "TRAILING_STOP_MARKET", "price", "60000", "price")]
    [InlineData(false, "TRAILING_STOP_MARKET", "stopPrice", "60050", "stopPrice")]
    public async Task A_parameter_the_type_does_not_take_is_refused_with_1106(bool usdm, string type, string extra, string value, string named)
    {
        Dictionary<string, string> order = Valid(type);
        order[extra] = value;

        AssertError(await Place(usdm, type, order), -1106, $"Parameter '{named}' sent when not required.");
        Assert.Empty(OpenOrders(usdm));
    }

    [Fact]
    public async Task ClosePosition_stands_in_for_quantity_and_forbids_reduceOnly()
    {
        var closeAll = new Dictionary<string, string> { ["stopPrice"] = "59000", ["closePosition"] = "true" };
        Assert.Equal("NEW", Ok(await Place(usdm: false, "TAKE_PROFIT_MARKET", closeAll)).GetProperty("status").GetString());

        closeAll["reduceOnly"] = "true";
        AssertError(await Place(usdm: false, "TAKE_PROFIT_MARKET", closeAll), -1106, "Parameter 'reduceOnly' sent when not required.");
    }

    [Fact]
    public void Strict_mode_accepts_exactly_the_declared_names_and_the_auth_ones()
    {
        string[] auth = ["apiKey", "signature", "timestamp", "recvWindow"];
        foreach (MarketKind market in new[] { MarketKind.UsdM, MarketKind.CoinM })
        {
            Assert.Equal(
                FuturesOrderParameters.Names.Concat(auth).Order(StringComparer.Ordinal),
                MethodParameters.For(market, "order.place")!.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task Strict_mode_takes_every_declared_parameter_of_a_trailing_stop_and_refuses_another()
    {
        Emulator.StrictParameters = true;
        var trailing = new Dictionary<string, string>
        {
            ["quantity"] = "1", ["callbackRate"] = "1", ["activationPrice"] = "59000", ["workingType"] = "MARK_PRICE", ["priceProtect"] = "true",
            ["positionSide"] = "BOTH", ["newClientOrderId"] = "spec-1", ["newOrderRespType"] = "ACK", ["timeInForce"] = "GTC",
        };
        Assert.Equal("NEW", Ok(await Place(usdm: false, "TRAILING_STOP_MARKET", trailing)).GetProperty("status").GetString());

        trailing["newClientOrderId"] = "spec-2";
        trailing["postOnly"] = "true";
        AssertError(await Place(usdm: false, "TRAILING_STOP_MARKET", trailing), -1104);
    }

    [Theory]
    [InlineData("quantity", null)]
    [InlineData("price", null)]
    [InlineData("price", "abc")]
    [InlineData("side", null)]
    public async Task Modify_answers_a_missing_or_malformed_required_value_with_1102(string name, string? value)
    {
        long orderId = Ok(await Place(usdm: false, "LIMIT", Valid("LIMIT"))).GetProperty("orderId").GetInt64();
        var modify = new Dictionary<string, string> { ["symbol"] = "BTCUSD_PERP", ["side"] = "BUY", ["quantity"] = "2", ["price"] = "59000" };
        if (value is null)
        {
            modify.Remove(name);
        }
        else
        {
            modify[name] = value;
        }

        JsonElement reply = await Signed(CoinM, "order.modify", [N("orderId", orderId), .. modify.Select(v => S(v.Key, v.Value))]);

        AssertError(reply, -1102, $"Mandatory parameter '{name}' was not sent, was empty/null, or malformed.");
        Assert.Equal(1m, Assert.Single(OpenOrders(usdm: false)).OrigQty);
    }

    [Fact]
    public void Strict_mode_takes_order_modify_s_declared_names()
    {
        Assert.Equal(
            FuturesOrderParameters.ModifyNames.Concat(["apiKey", "signature", "timestamp", "recvWindow"]).Order(StringComparer.Ordinal),
            MethodParameters.For(MarketKind.CoinM, "order.modify")!.Order(StringComparer.Ordinal));
    }
}
