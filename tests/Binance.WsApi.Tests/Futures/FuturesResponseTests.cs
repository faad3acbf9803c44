using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Binance.WsApi.Protocol;
using Binance.WsApi.Tests.Support;

namespace Binance.WsApi.Tests.Futures;

/// <summary>Every documented futures response (USD-M and COIN-M) read into its model, with spot-checked values.</summary>
public class FuturesResponseTests
{
    private static T Parse<T>(string fixture, JsonTypeInfo<T> type) => JsonSerializer.Deserialize(Fixtures.Result(fixture), type)!;

    // ---- market data ----

    [Fact]
    public void Depth_reads_event_and_transaction_times()
    {
        FuturesOrderBook book = Parse("usdm-depth.response.json", FuturesJsonContext.Default.FuturesOrderBook);
        Assert.Equal(1027024, book.LastUpdateId);
        Assert.Equal(1589436922972, book.EventTime);
        Assert.Equal(1589436922959, book.TransactionTime);
        Assert.Equal(new PriceLevel(4.00000000m, 431.00000000m), Assert.Single(book.Bids));
        Assert.Equal(new PriceLevel(4.00000200m, 12.00000000m), Assert.Single(book.Asks));
    }

    [Theory]
    [InlineData("usdm-ticker.price.response.json")]
    [InlineData("usdm-ticker.price.response-all-symbols.json")]
    public void Price_ticker_is_a_list_for_one_symbol_and_for_all(string fixture)
    {
        FuturesPriceTicker ticker = Assert.Single(Parse(fixture, FuturesJsonContext.Default.IReadOnlyListFuturesPriceTicker));
        Assert.Equal("BTCUSDT", ticker.Symbol);
        Assert.Equal(6000.01m, ticker.Price);
        Assert.Equal(1589437530011, ticker.Time);
    }

    [Theory]
    [InlineData("usdm-ticker.book.response.json")]
    [InlineData("usdm-ticker.book.response-all-symbols.json")]
    public void Book_ticker_is_a_list_for_one_symbol_and_for_all(string fixture)
    {
        FuturesBookTicker ticker = Assert.Single(Parse(fixture, FuturesJsonContext.Default.IReadOnlyListFuturesBookTicker));
        Assert.Equal(1027024, ticker.LastUpdateId);
        Assert.Equal(4.00000000m, ticker.BidPrice);
        Assert.Equal(431.00000000m, ticker.BidQty);
        Assert.Equal(4.00000200m, ticker.AskPrice);
        Assert.Equal(9.00000000m, ticker.AskQty);
        Assert.Equal(1589437530011, ticker.Time);
    }

    // ---- orders ----

    [Fact]
    public void UsdM_place_result_reads_quote_fields_and_no_coin_fields()
    {
        FuturesOrder order = Parse("usdm-order.place.response.json", FuturesJsonContext.Default.FuturesOrder);
        Assert.Equal(325078477, order.OrderId);
        Assert.Equal(OrderStatus.New, order.Status);
        Assert.Equal("iCXL1BywlBaf2sesNUrVl3", order.ClientOrderId);
        Assert.Equal(43187.00m, order.Price);
        Assert.Equal(0.100m, order.OrigQty);
        Assert.Equal(0.00000m, order.CumQuote);
        Assert.Null(order.CumBase);
        Assert.Null(order.Pair);
        Assert.Equal(FuturesOrderType.Limit, order.Type);
        Assert.Equal(FuturesOrderType.Limit, order.OrigType);
        Assert.Equal(PositionSide.Both, order.PositionSide);
        Assert.Equal(WorkingType.ContractPrice, order.WorkingType);
        Assert.Equal(PriceMatch.None, order.PriceMatch);
        Assert.Equal(SelfTradePreventionMode.None, order.SelfTradePreventionMode);
        Assert.Equal(0, order.GoodTillDate);
        Assert.Equal(1702555534435, order.UpdateTime);
        Assert.False(order.ReduceOnly);
    }

    [Fact]
    public void UsdM_filled_market_result_reads_average_price_and_quote()
    {
        FuturesOrder order = Parse("usdm-observed-order.place.response-market-filled.json", FuturesJsonContext.Default.FuturesOrder);
        Assert.Equal(OrderStatus.Filled, order.Status);
        Assert.Equal(95200.10000m, order.AvgPrice);
        Assert.Equal(952.00100m, order.CumQuote);
        Assert.Equal(0.010m, order.ExecutedQty);
        Assert.Equal(PositionSide.Long, order.PositionSide);
        Assert.Equal(SelfTradePreventionMode.ExpireMaker, order.SelfTradePreventionMode);
    }

    [Theory]
    [InlineData("coinm-order.place.response.json", 50000, "NEW")]
    [InlineData("coinm-order.modify.response.json", 51000, "NEW")]
    [InlineData("coinm-order.cancel.response.json", 51000, "CANCELED")]
    public void CoinM_results_read_pair_and_base_fields(string fixture, int price, string status)
    {
        FuturesOrder order = Parse(fixture, FuturesJsonContext.Default.FuturesOrder);
        Assert.Equal(333245211, order.OrderId);
        Assert.Equal("BTCUSD_PERP", order.Symbol);
        Assert.Equal("BTCUSD", order.Pair);
        Assert.Equal(0m, order.CumBase);
        Assert.Null(order.CumQuote);
        Assert.Equal(price, order.Price);
        Assert.Equal(status, order.Status.Value);
        Assert.Equal("5SztZiGFAxgAqw4J9EN9fA", order.ClientOrderId);
        Assert.Null(order.PriceMatch); // COIN-M order.place/modify/cancel do not send it
    }

    [Fact]
    public void UsdM_modify_result_keeps_the_order_id()
    {
        FuturesOrder order = Parse("usdm-order.modify.response.json", FuturesJsonContext.Default.FuturesOrder);
        Assert.Equal(328971409, order.OrderId);
        Assert.Equal(43769.10m, order.Price);
        Assert.Equal(0.110m, order.OrigQty);
        Assert.Equal(OrderSide.Sell, order.Side);
        Assert.Equal(PositionSide.Short, order.PositionSide);
    }

    [Fact]
    public void UsdM_cancel_of_a_trailing_stop_reads_activation_and_rate()
    {
        FuturesOrder order = Parse("usdm-order.cancel.response.json", FuturesJsonContext.Default.FuturesOrder);
        Assert.Equal(OrderStatus.Canceled, order.Status);
        Assert.Equal(FuturesOrderType.TrailingStopMarket, order.OrigType);
        Assert.Equal(9020m, order.ActivatePrice);
        Assert.Equal(0.3m, order.PriceRate);
        Assert.Equal(9300m, order.StopPrice);
        Assert.Equal("myOrder1", order.ClientOrderId);
    }

    [Fact]
    public void Status_results_read_creation_time()
    {
        FuturesOrder usdm = Parse("usdm-order.status.response.json", FuturesJsonContext.Default.FuturesOrder);
        Assert.Equal(1579276756075, usdm.Time);
        Assert.Null(usdm.CumQty); // USD-M order.status leaves it out
        Assert.Equal(0m, usdm.CumQuote);
        Assert.Equal(0.40m, usdm.OrigQty);

        FuturesOrder coinm = Parse("coinm-order.status.response.json", FuturesJsonContext.Default.FuturesOrder);
        Assert.Equal(1733740063619, coinm.Time);
        Assert.Equal(PositionSide.Long, coinm.PositionSide);
        Assert.Equal(SelfTradePreventionMode.ExpireTaker, coinm.SelfTradePreventionMode);
        Assert.Equal(PriceMatch.None, coinm.PriceMatch);
    }

    [Fact]
    public void Algo_place_result_reads_trigger_and_status()
    {
        FuturesAlgoOrder algo = Parse("usdm-algoOrder.place.response.json", FuturesJsonContext.Default.FuturesAlgoOrder);
        Assert.Equal(3000000000003505, algo.AlgoId);
        Assert.Equal("0Xkl1p621E4EryvufmYre1", algo.ClientAlgoId);
        Assert.Equal(FuturesAlgoType.Conditional, algo.AlgoType);
        Assert.Equal(FuturesOrderType.TakeProfit, algo.OrderType);
        Assert.Equal(AlgoOrderStatus.New, algo.AlgoStatus);
        Assert.Equal(120000.00m, algo.TriggerPrice);
        Assert.Equal(160000.00m, algo.Price);
        Assert.Equal(1.000m, algo.Quantity);
        Assert.Null(algo.IcebergQuantity);
        Assert.Equal(SelfTradePreventionMode.ExpireMaker, algo.SelfTradePreventionMode);
        Assert.Equal(1762507264142, algo.CreateTime);
    }

    [Fact]
    public void Algo_cancel_result_reads_code_and_message()
    {
        FuturesAlgoCancelResult result = Parse("usdm-algoOrder.cancel.response.json", FuturesJsonContext.Default.FuturesAlgoCancelResult);
        Assert.Equal(2000000002162519, result.AlgoId);
        Assert.Equal("rDMG8WSde6LkyMNtk6s825", result.ClientAlgoId);
        Assert.Equal("200", result.Code);
        Assert.Equal("success", result.Msg);
    }

    // ---- account ----

    [Fact]
    public void UsdM_positions_read_hedge_and_one_way_shapes()
    {
        IReadOnlyList<FuturesPosition> hedge = Parse("usdm-account.position.response-hedge.json", FuturesJsonContext.Default.IReadOnlyListFuturesPosition);
        Assert.Equal(2, hedge.Count);
        Assert.Equal(PositionSide.Long, hedge[0].PositionSide);
        Assert.Equal(0.001m, hedge[0].PositionAmt);
        Assert.Equal(-1.06214947m, hedge[0].UnrealizedProfit);
        Assert.Equal(4, hedge[0].Leverage);
        Assert.Equal(MarginType.Cross, hedge[0].MarginType);
        Assert.False(hedge[0].IsAutoAddMargin); // "false" as a string on the wire
        Assert.Equal(100000000m, hedge[0].MaxNotionalValue);
        Assert.Equal(21.12305052m, hedge[0].Notional);
        Assert.Null(hedge[0].MaxQty);
        Assert.Equal(PositionSide.Short, hedge[1].PositionSide);

        FuturesPosition oneWay = Assert.Single(Parse("usdm-account.position.response-one-way.json", FuturesJsonContext.Default.IReadOnlyListFuturesPosition));
        Assert.Equal(MarginType.Isolated, oneWay.MarginType);
        Assert.Equal(PositionSide.Both, oneWay.PositionSide);
        Assert.Equal(10, oneWay.Leverage);
    }

    [Fact]
    public void CoinM_position_reads_contract_fields()
    {
        FuturesPosition position = Assert.Single(Parse("coinm-account.position.response.json", FuturesJsonContext.Default.IReadOnlyListFuturesPosition));
        Assert.Equal("BTCUSD_PERP", position.Symbol);
        Assert.Equal(62297.60417296m, position.MarkPrice);
        Assert.Equal(100m, position.MaxQty);
        Assert.Equal(0m, position.NotionalValue);
        Assert.Null(position.Notional);
        Assert.Equal(7, position.Leverage);
        Assert.Equal(1726731195634, position.UpdateTime);
    }

    [Theory]
    [InlineData("usdm-v2_account.position.response-hedge.json", 2)]
    [InlineData("usdm-v2_account.position.response-one-way.json", 1)]
    public void UsdM_v2_positions_parse(string fixture, int count)
    {
        IReadOnlyList<FuturesPositionV2> positions = Parse(fixture, FuturesJsonContext.Default.IReadOnlyListFuturesPositionV2);
        Assert.Equal(count, positions.Count);
        Assert.Equal(1.000m, positions[0].PositionAmt);
        Assert.Equal("USDT", positions[0].MarginAsset);
        Assert.Equal(6679.50671178m, positions[0].MarkPrice);
        Assert.Equal(0, positions[0].Adl);
    }

    [Theory]
    [InlineData("usdm-account.balance.response.json")]
    [InlineData("usdm-v2_account.balance.response.json")]
    public void UsdM_balances_parse(string fixture)
    {
        FuturesBalance balance = Assert.Single(Parse(fixture, FuturesJsonContext.Default.IReadOnlyListFuturesBalance));
        Assert.Equal("SgsR", balance.AccountAlias);
        Assert.Equal("USDT", balance.Asset);
        Assert.Equal(122607.35137903m, balance.Balance);
        Assert.Equal(23.72469206m, balance.MaxWithdrawAmount);
        Assert.True(balance.MarginAvailable);
        Assert.Null(balance.WithdrawAvailable);
        Assert.Equal(1617939110373, balance.UpdateTime);
    }

    [Fact]
    public void CoinM_balance_parses()
    {
        FuturesBalance balance = Assert.Single(Parse("coinm-account.balance.response.json", FuturesJsonContext.Default.IReadOnlyListFuturesBalance));
        Assert.Equal("WLD", balance.Asset);
        Assert.Equal(0m, balance.WithdrawAvailable);
        Assert.Null(balance.MaxWithdrawAmount);
        Assert.Null(balance.MarginAvailable);
    }

    [Theory]
    [InlineData("usdm-account.status.response-single-asset-mode.json", false, "23.72469206")]
    [InlineData("usdm-account.status.response-multi-asset-mode.json", true, "126.72469206")]
    public void UsdM_v1_status_reads_both_modes(string fixture, bool multiAssets, string totalWallet)
    {
        FuturesAccountStatus status = Parse(fixture, FuturesJsonContext.Default.FuturesAccountStatus);
        Assert.Equal(multiAssets, status.MultiAssetsMargin);
        Assert.Equal(decimal.Parse(totalWallet, System.Globalization.CultureInfo.InvariantCulture), status.TotalWalletBalance);
        Assert.Equal(0, status.FeeTier);
        Assert.True(status.CanTrade);
        Assert.Equal(-1, status.TradeGroupId);
        Assert.Equal(2, status.Assets.Count);
        Assert.Equal("BUSD", status.Assets[1].Asset);
        Assert.Equal(103.12345678m, status.Assets[1].WalletBalance);
        FuturesAccountPosition position = Assert.Single(status.Positions);
        Assert.Equal(100, position.Leverage);
        Assert.True(position.Isolated);
        Assert.Equal(250000m, position.MaxNotional);
    }

    [Theory]
    [InlineData("usdm-v2_account.status.response-single-asset-mode.json", "103.12345678", "USDC")]
    [InlineData("usdm-v2_account.status.response-multi-asset-mode.json", "126.72469206", "BUSD")]
    public void UsdM_v2_status_reads_both_modes(string fixture, string totalWallet, string secondAsset)
    {
        FuturesAccountStatus status = Parse(fixture, FuturesJsonContext.Default.FuturesAccountStatus);
        Assert.Equal(decimal.Parse(totalWallet, System.Globalization.CultureInfo.InvariantCulture), status.TotalWalletBalance);
        Assert.Null(status.FeeTier);
        Assert.Null(status.MultiAssetsMargin);
        Assert.Equal(secondAsset, status.Assets[1].Asset);
        FuturesAccountPosition position = Assert.Single(status.Positions);
        Assert.Equal(1.000m, position.PositionAmt);
        Assert.Equal(0m, position.IsolatedMargin);
        Assert.Null(position.Leverage);
    }

    [Fact]
    public void CoinM_status_has_no_usd_totals()
    {
        FuturesAccountStatus status = Parse("coinm-account.status.response.json", FuturesJsonContext.Default.FuturesAccountStatus);
        Assert.True(status.CanWithdraw);
        Assert.Null(status.TotalWalletBalance);
        Assert.Equal("WLD", Assert.Single(status.Assets).Asset);
        FuturesAccountPosition position = Assert.Single(status.Positions);
        Assert.Equal("ETHUSD_220930", position.Symbol);
        Assert.Equal(1000m, position.MaxQty);
        Assert.False(position.Isolated);
    }

    [Fact]
    public void Unknown_fields_and_values_do_not_break_parsing()
    {
        const string json = """{"orderId":1,"symbol":"X","status":"NEW_STATUS","type":"FUTURE_KIND","positionSide":"BOTH","brandNew":{"a":[1,2]},"updateTime":5}""";
        FuturesOrder order = JsonSerializer.Deserialize(json, FuturesJsonContext.Default.FuturesOrder)!;
        Assert.Equal("NEW_STATUS", order.Status.Value);
        Assert.Equal("FUTURE_KIND", order.Type.Value);
        Assert.Equal(5, order.UpdateTime);
    }

    // ---- session ----

    [Theory]
    [InlineData("usdm-session.status.response.json")]
    [InlineData("coinm-session.status.response.json")]
    [InlineData("usdm-session.logon.response.json")]
    [InlineData("coinm-session.logon.response.json")]
    public void Futures_session_results_parse_without_user_data_stream(string fixture)
    {
        SessionStatus status = Parse(fixture, FuturesJsonContext.Default.SessionStatus);
        Assert.True(status.IsLoggedOn);
        Assert.Equal(1649729878532, status.AuthorizedSince);
        Assert.Null(status.UserDataStream);
    }
}
