using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Binance.WsApi.Emulator;
using Binance.WsApi.Tests.Support;

namespace Binance.WsApi.Tests.Futures;

/// <summary>
/// The futures methods through the full client path against a scripted loopback server (the emulator has no futures
/// exchange yet): routing to the market's endpoint, the exact signed frame, typed results, generated client ids, and
/// Binance's futures errors kept verbatim. Wrong endpoints are refused before anything is sent.
/// </summary>
public class FuturesClientTests
{
    private static WebSocketApiClient CreateClient(ScriptedWsServer server, Action<WebSocketApiClientOptions>? configure = null) =>
        server.CreateClient(o =>
        {
            o.EndpointUrls[WsApiEndpoint.UsdM] = server.Uri;
            o.EndpointUrls[WsApiEndpoint.CoinM] = server.Uri;
            configure?.Invoke(o);
        });

    private static FuturesOrderRequest UsdMLimit() => new("BTCUSDT", OrderSide.Buy, FuturesOrderType.Limit)
    {
        PositionSide = PositionSide.Both,
        TimeInForce = TimeInForce.Gtc,
        Quantity = 0.100m,
        Price = 43187.00m,
    };

    private static Func<JsonObject, string> Error(int status, int code, string msg) => request =>
        new JsonObject
        {
            ["id"] = request["id"]!.DeepClone(),
            ["status"] = status,
            ["error"] = new JsonObject { ["code"] = code, ["msg"] = msg },
        }.ToJsonString();

    /// <summary>Recomputes the HMAC over the frame's own params (all but signature, sorted by name, k=v joined by &amp;).</summary>
    private static string ExpectedSignature(JsonObject parameters)
    {
        string payload = string.Join('&', parameters
            .Where(p => p.Key != "signature")
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{p.Key}={(p.Value!.GetValueKind() == System.Text.Json.JsonValueKind.String ? (string)p.Value! : p.Value!.ToJsonString())}"));
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(DemoAccount.HmacSecret), Encoding.UTF8.GetBytes(payload)));
    }

    [Fact]
    public async Task UsdM_place_sends_the_exact_signed_frame_and_returns_the_documented_result()
    {
        await using var server = new ScriptedWsServer(ScriptedWsServer.Fixture("usdm-order.place.response.json"));
        await using WebSocketApiClient client = CreateClient(server, o => o.ClientOrderIdPrefix = "fut-");

        WsApiResponse<FuturesOrder> response = await client.SubmitNewFuturesOrderAsync(FuturesMarket.UsdM, UsdMLimit());

        Assert.Equal(325078477, response.Result.OrderId);
        Assert.Equal(WsApiEndpoint.UsdM, response.Endpoint);
        Assert.Equal(3, response.RateLimits.Count);
        JsonObject sent = Assert.Single(server.Requests);
        Assert.Equal("order.place", (string)sent["method"]!);
        JsonObject p = sent["params"]!.AsObject();
        Assert.Equal(
            ["apiKey", "newClientOrderId", "positionSide", "price", "quantity", "side", "signature", "symbol", "timeInForce", "timestamp", "type"],
            p.Select(kv => kv.Key).Order(StringComparer.Ordinal));
        Assert.Equal(DemoAccount.HmacApiKey, (string)p["apiKey"]!);
        Assert.Equal("43187.00", (string)p["price"]!);
        Assert.Equal("0.100", (string)p["quantity"]!);
        Assert.Equal("BOTH", (string)p["positionSide"]!);
        Assert.Equal(System.Text.Json.JsonValueKind.Number, p["timestamp"]!.GetValueKind());
        Assert.StartsWith("fut-", (string)p["newClientOrderId"]!, StringComparison.Ordinal);
        Assert.Equal(ExpectedSignature(p), (string)p["signature"]!);
    }

    [Fact]
    public async Task CoinM_place_routes_to_the_coin_m_endpoint()
    {
        await using var server = new ScriptedWsServer(ScriptedWsServer.Fixture("coinm-order.place.response.json"));
        await using WebSocketApiClient client = CreateClient(server);
        var order = new FuturesOrderRequest("BTCUSD_PERP", OrderSide.Buy, FuturesOrderType.Limit) { TimeInForce = TimeInForce.Gtc, Quantity = 1m, Price = 50000m };

        WsApiResponse<FuturesOrder> response = await client.SubmitNewFuturesOrderAsync(FuturesMarket.CoinM, order);

        Assert.Equal(WsApiEndpoint.CoinM, response.Endpoint);
        Assert.Equal("BTCUSD", response.Result.Pair);
        Assert.Equal(WsApiEndpoint.CoinM, Assert.Single(client.GetWsClient().Connections).Endpoint);
    }

    [Fact]
    public async Task Modify_sends_the_order_id_and_the_result_keeps_it()
    {
        await using var server = new ScriptedWsServer(ScriptedWsServer.Fixture("usdm-order.modify.response.json"));
        await using WebSocketApiClient client = CreateClient(server);

        WsApiResponse<FuturesOrder> response = await client.ModifyFuturesOrderAsync(FuturesMarket.UsdM,
            new FuturesModifyOrderRequest("BTCUSDT", OrderSide.Sell, 0.11m) { OrderId = 328971409, Price = 43769.1m });

        JsonObject p = Assert.Single(server.Requests)["params"]!.AsObject();
        Assert.Equal(328971409, (long)p["orderId"]!);
        Assert.Equal("0.11", (string)p["quantity"]!);
        Assert.False(p.ContainsKey("newClientOrderId"));
        Assert.Equal(328971409, response.Result.OrderId);
        Assert.Equal(43769.10m, response.Result.Price);
    }

    [Fact]
    public async Task Reduce_only_rejection_keeps_the_futures_code_and_message_and_the_sent_client_id()
    {
        await using var server = new ScriptedWsServer(Error(400, -2022, "ReduceOnly Order is rejected."));
        await using WebSocketApiClient client = CreateClient(server);

        var ex = await Assert.ThrowsAsync<BinanceApiException>(() =>
            client.SubmitNewFuturesOrderAsync(FuturesMarket.UsdM, UsdMLimit() with { ReduceOnly = true }));

        Assert.IsNotType<SpotCancelReplaceException>(ex); // futures -2022 is not spot's cancel-replace failure
        Assert.Equal(-2022, ex.Code);
        Assert.Equal("ReduceOnly Order is rejected.", ex.BinanceMessage);
        Assert.Equal("order.place", ex.Method);
        Assert.Equal(RequestSendState.Sent, ex.SendState);
        JsonObject p = Assert.Single(server.Requests)["params"]!.AsObject();
        Assert.Equal("true", (string)p["reduceOnly"]!);
        Assert.Equal((string)p["newClientOrderId"]!, ex.ClientOrderId);
    }

    [Fact]
    public async Task Invalid_client_id_error_from_the_server_is_kept_verbatim()
    {
        await using var server = new ScriptedWsServer(Error(400, -4015, "Client order id is not valid."));
        await using WebSocketApiClient client = CreateClient(server);

        var ex = await Assert.ThrowsAsync<BinanceApiException>(() =>
            client.SubmitNewFuturesOrderAsync(FuturesMarket.CoinM, new FuturesOrderRequest("BTCUSD_PERP", OrderSide.Sell, FuturesOrderType.Market)
            {
                Quantity = 1m,
                NewClientOrderId = "my:order/1.a",
            }));

        Assert.Equal(-4015, ex.Code);
        Assert.Equal("Client order id is not valid.", ex.BinanceMessage);
        Assert.Equal("my:order/1.a", ex.ClientOrderId);
        Assert.Equal(WsApiEndpoint.CoinM, ex.Endpoint);
    }

    [Fact]
    public async Task Throttled_error_is_kept_verbatim_on_an_algo_order_with_its_client_algo_id()
    {
        const string message = "Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.";
        await using var server = new ScriptedWsServer(Error(400, -1008, message));
        await using WebSocketApiClient client = CreateClient(server);

        var ex = await Assert.ThrowsAsync<BinanceApiException>(() => client.SubmitNewFuturesAlgoOrderAsync(
            new FuturesAlgoOrderRequest("BTCUSDT", OrderSide.Sell, FuturesOrderType.StopMarket) { TriggerPrice = 90000m, ClosePosition = true }));

        Assert.Equal(-1008, ex.Code);
        Assert.Equal(message, ex.BinanceMessage);
        JsonObject p = Assert.Single(server.Requests)["params"]!.AsObject();
        Assert.Equal("algoOrder.place", (string)Assert.Single(server.Requests)["method"]!);
        Assert.Equal((string)p["clientAlgoId"]!, ex.ClientOrderId);
    }

    [Fact]
    public async Task Cancel_status_and_algo_cancel_return_typed_results()
    {
        await using var server = new ScriptedWsServer(request => (string)request["method"]! switch
        {
            "order.cancel" => ScriptedWsServer.Fixture("usdm-order.cancel.response.json")(request),
            "order.status" => ScriptedWsServer.Fixture("coinm-order.status.response.json")(request),
            _ => ScriptedWsServer.Fixture("usdm-algoOrder.cancel.response.json")(request),
        });
        await using WebSocketApiClient client = CreateClient(server);

        var canceled = await client.CancelFuturesOrderAsync(FuturesMarket.UsdM, new FuturesCancelOrderRequest("BTCUSDT") { OrderId = 283194212 });
        var status = await client.GetFuturesOrderStatusAsync(FuturesMarket.CoinM, new FuturesOrderStatusRequest("BTCUSD_PERP") { OrigClientOrderId = "ArY8Ng1rln0s9x3fclmAHy" });
        var algo = await client.CancelFuturesAlgoOrderAsync(new FuturesCancelAlgoOrderRequest { ClientAlgoId = "rDMG8WSde6LkyMNtk6s825" });

        Assert.Equal(OrderStatus.Canceled, canceled.Result.Status);
        Assert.Equal(WsApiEndpoint.UsdM, canceled.Endpoint);
        Assert.Equal(328999071, status.Result.OrderId);
        Assert.Equal(WsApiEndpoint.CoinM, status.Endpoint);
        Assert.Equal("success", algo.Result.Msg);
        Assert.All(server.Requests, r => Assert.NotNull(r["params"]!["signature"]));
    }

    [Fact]
    public async Task Account_methods_use_their_wire_names_and_markets()
    {
        await using var server = new ScriptedWsServer(request => (string)request["method"]! switch
        {
            "v2/account.position" => ScriptedWsServer.Fixture("usdm-v2_account.position.response-one-way.json")(request),
            "v2/account.balance" => ScriptedWsServer.Fixture("usdm-v2_account.balance.response.json")(request),
            "v2/account.status" => ScriptedWsServer.Fixture("usdm-v2_account.status.response-multi-asset-mode.json")(request),
            "account.position" => ScriptedWsServer.Fixture("coinm-account.position.response.json")(request),
            "account.balance" => ScriptedWsServer.Fixture("coinm-account.balance.response.json")(request),
            _ => ScriptedWsServer.Fixture("coinm-account.status.response.json")(request),
        });
        await using WebSocketApiClient client = CreateClient(server);

        var positionV2 = await client.GetFuturesPositionV2Async(new FuturesPositionRequest { Symbol = "BTCUSDT" });
        var balanceV2 = await client.GetFuturesAccountBalanceV2Async();
        var statusV2 = await client.GetFuturesAccountStatusV2Async(new FuturesAccountRequest { RecvWindow = TimeSpan.FromSeconds(5) });
        var position = await client.GetFuturesPositionAsync(FuturesMarket.CoinM, new FuturesPositionRequest { Pair = "BTCUSD" });
        var balance = await client.GetFuturesAccountBalanceAsync(FuturesMarket.CoinM);
        var status = await client.GetFuturesAccountStatusAsync(FuturesMarket.CoinM);

        Assert.Equal("USDT", Assert.Single(positionV2.Result).MarginAsset);
        Assert.Equal("SgsR", Assert.Single(balanceV2.Result).AccountAlias);
        Assert.Equal(2, statusV2.Result.Assets.Count);
        Assert.Equal("BTCUSD_PERP", Assert.Single(position.Result).Symbol);
        Assert.Equal("WLD", Assert.Single(balance.Result).Asset);
        Assert.Equal("ETHUSD_220930", Assert.Single(status.Result.Positions).Symbol);
        Assert.Equal(
            ["v2/account.position", "v2/account.balance", "v2/account.status", "account.position", "account.balance", "account.status"],
            server.Requests.Select(r => (string)r["method"]!));
        JsonObject[] requests = [.. server.Requests];
        Assert.Equal("BTCUSD", (string)requests[3]["params"]!["pair"]!);
        Assert.Equal(5000, (long)requests[2]["params"]!["recvWindow"]!);
        Assert.All(requests, r => Assert.NotNull(r["params"]!["signature"]));
    }

    [Fact]
    public async Task Market_data_is_unsigned_on_the_usd_m_endpoint()
    {
        await using var server = new ScriptedWsServer(request => (string)request["method"]! switch
        {
            "depth" => ScriptedWsServer.Fixture("usdm-depth.response.json")(request),
            "ticker.price" => ScriptedWsServer.Fixture("usdm-ticker.price.response-all-symbols.json")(request),
            _ => ScriptedWsServer.Fixture("usdm-ticker.book.response.json")(request),
        });
        await using WebSocketApiClient client = CreateClient(server);

        var book = await client.GetFuturesOrderBookAsync(new FuturesOrderBookRequest("BTCUSDT") { Limit = 5 });
        var prices = await client.GetFuturesSymbolPriceTickerAsync();
        var tickers = await client.GetFuturesSymbolOrderBookTickerAsync(new FuturesSymbolOrderBookTickerRequest { Symbol = "BTCUSDT" });

        Assert.Equal(1589436922959, book.Result.TransactionTime);
        Assert.Equal(6000.01m, Assert.Single(prices.Result).Price);
        Assert.Equal(1027024, Assert.Single(tickers.Result).LastUpdateId);
        Assert.All(server.Requests, r => Assert.Null(r["params"]?["signature"]));
        Assert.Null(server.Requests.ElementAt(1)["params"]);
        Assert.Equal(WsApiEndpoint.UsdM, book.Endpoint);
    }

    [Fact]
    public async Task Session_status_parses_on_futures()
    {
        await using var server = new ScriptedWsServer(ScriptedWsServer.Fixture("coinm-session.status.response.json"));
        await using WebSocketApiClient client = CreateClient(server);

        WsApiResponse<SessionStatus> status = await client.GetFuturesSessionStatusAsync(FuturesMarket.CoinM);

        Assert.True(status.Result.IsLoggedOn);
        Assert.Null(status.Result.UserDataStream);
        Assert.Equal("session.status", (string)Assert.Single(server.Requests)["method"]!);
    }

    [Fact]
    public async Task Ed25519_logs_the_futures_connection_on_before_the_first_signed_request()
    {
        await using var server = new ScriptedWsServer(request => (string)request["method"]! == "session.logon"
            ? ScriptedWsServer.Fixture("usdm-session.logon.response.json")(request)
            : ScriptedWsServer.Fixture("usdm-account.balance.response.json")(request));
        await using WebSocketApiClient client = CreateClient(server, o => o.Credentials = EmulatorHarness.Ed25519);

        await client.GetFuturesAccountBalanceAsync(FuturesMarket.UsdM);

        JsonObject[] requests = [.. server.Requests];
        Assert.Equal(["session.logon", "account.balance"], requests.Select(r => (string)r["method"]!));
        JsonObject p = requests[1]["params"]!.AsObject();
        Assert.False(p.ContainsKey("signature"));
        Assert.False(p.ContainsKey("apiKey"));
        Assert.True(p.ContainsKey("timestamp"));
    }

    // ---- routing checks before sending ----

    public static TheoryData<WsApiEndpoint> NotUsdM => [WsApiEndpoint.Spot, WsApiEndpoint.SpotTestnet, WsApiEndpoint.CoinM, WsApiEndpoint.CoinMTestnet];

    [Theory]
    [MemberData(nameof(NotUsdM))]
    public async Task A_usd_m_method_refuses_another_markets_endpoint_before_sending(WsApiEndpoint endpoint)
    {
        await using var server = new ScriptedWsServer(ScriptedWsServer.Fixture("usdm-order.place.response.json"));
        await using WebSocketApiClient client = CreateClient(server);

        await Assert.ThrowsAsync<ArgumentException>(() => client.SubmitNewFuturesOrderAsync(FuturesMarket.UsdM, UsdMLimit(), endpoint));
        await Assert.ThrowsAsync<ArgumentException>(() => client.GetFuturesOrderBookAsync(new FuturesOrderBookRequest("BTCUSDT"), endpoint));
        await Assert.ThrowsAsync<ArgumentException>(() => client.SubmitNewFuturesAlgoOrderAsync(
            new FuturesAlgoOrderRequest("BTCUSDT", OrderSide.Buy, FuturesOrderType.StopMarket) { TriggerPrice = 1m }, endpoint));
        await Assert.ThrowsAsync<ArgumentException>(() => client.GetFuturesAccountStatusV2Async(null, endpoint));
        await Assert.ThrowsAsync<ArgumentException>(() => client.GetFuturesSessionStatusAsync(FuturesMarket.UsdM, endpoint));

        Assert.Empty(server.Requests);
        Assert.Empty(client.GetWsClient().Connections);
    }

    [Theory]
    [InlineData(WsApiEndpoint.Spot)]
    [InlineData(WsApiEndpoint.UsdM)]
    [InlineData(WsApiEndpoint.UsdMTestnet)]
    public async Task A_coin_m_call_refuses_another_markets_endpoint_before_sending(WsApiEndpoint endpoint)
    {
        await using var server = new ScriptedWsServer(ScriptedWsServer.Fixture("coinm-order.place.response.json"));
        await using WebSocketApiClient client = CreateClient(server);

        await Assert.ThrowsAsync<ArgumentException>(() => client.CancelFuturesOrderAsync(FuturesMarket.CoinM,
            new FuturesCancelOrderRequest("BTCUSD_PERP") { OrderId = 1 }, endpoint));
        await Assert.ThrowsAsync<ArgumentException>(() => client.GetFuturesPositionAsync(FuturesMarket.CoinM, null, endpoint));

        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Explicit_endpoints_of_the_right_market_are_used()
    {
        await using var server = new ScriptedWsServer(ScriptedWsServer.Fixture("usdm-account.balance.response.json"));
        await using WebSocketApiClient client = CreateClient(server, o => o.EndpointUrls[WsApiEndpoint.UsdMTestnet] = server.Uri);

        WsApiResponse<IReadOnlyList<FuturesBalance>> response = await client.GetFuturesAccountBalanceAsync(FuturesMarket.UsdM, null, WsApiEndpoint.UsdMTestnet);

        Assert.Equal(WsApiEndpoint.UsdMTestnet, response.Endpoint);
    }

    [Fact]
    public async Task Invalid_arguments_fail_before_anything_is_sent()
    {
        await using var server = new ScriptedWsServer(ScriptedWsServer.Fixture("usdm-order.place.response.json"));
        await using WebSocketApiClient client = CreateClient(server);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.SubmitNewFuturesOrderAsync((FuturesMarket)7, UsdMLimit()));
        await Assert.ThrowsAsync<ArgumentNullException>(() => client.SubmitNewFuturesOrderAsync(FuturesMarket.UsdM, null!));
        await Assert.ThrowsAsync<ArgumentException>(() => client.SubmitNewFuturesOrderAsync(FuturesMarket.UsdM, UsdMLimit() with { NewClientOrderId = "bad id" }));
        await Assert.ThrowsAsync<ArgumentException>(() => client.GetFuturesPositionAsync(FuturesMarket.UsdM, new FuturesPositionRequest { Pair = "BTCUSD" }));

        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Two_placements_send_different_generated_ids_and_leave_the_request_unchanged()
    {
        await using var server = new ScriptedWsServer(ScriptedWsServer.Fixture("usdm-order.place.response.json"));
        await using WebSocketApiClient client = CreateClient(server);
        FuturesOrderRequest order = UsdMLimit();

        await client.SubmitNewFuturesOrderAsync(FuturesMarket.UsdM, order);
        await client.SubmitNewFuturesOrderAsync(FuturesMarket.UsdM, order);

        string[] ids = server.Requests.Select(r => (string)r["params"]!["newClientOrderId"]!).ToArray();
        Assert.Equal(2, ids.Length);
        Assert.NotEqual(ids[0], ids[1]);
        Assert.Null(order.NewClientOrderId);
    }
}
