using System.Globalization;
using System.Text;

namespace Binance.WsApi.Benchmarks.Micro;

/// <summary>
/// Response frames shaped like the documented examples (tests/fixtures/spot-*.response*.json, docs/protocol.md §3), in the
/// compact form the server sends. The ids are numbers, as the client's own requests carry, rather than the fixtures'
/// UUID strings, so routing takes the path it takes in production.
/// </summary>
internal static class SampleFrames
{
    /// <summary>The id every sample frame carries; the pending-table benchmark registers its requests under it.</summary>
    public const long Id = 17;

    private const string WeightLimit = """{"rateLimitType":"REQUEST_WEIGHT","interval":"MINUTE","intervalNum":1,"limit":6000,"count":1}""";

    // An order placement counts against the two ORDERS limits as well as the request weight: three entries.
    private const string OrderLimits =
        """[{"rateLimitType":"ORDERS","interval":"SECOND","intervalNum":10,"limit":50,"count":1},"""
        + """{"rateLimitType":"ORDERS","interval":"DAY","intervalNum":1,"limit":160000,"count":1},"""
        + WeightLimit + "]";

    public static readonly byte[] Ping = Frame("{}", "[" + WeightLimit + "]");

    public static readonly byte[] OrderAck = Frame(
        """{"symbol":"BTCUSDT","orderId":12569099453,"orderListId":-1,"clientOrderId":"4d96324ff9d44481926157ec08158a40","transactTime":1660801715639}""",
        OrderLimits);

    public static readonly byte[] OrderFull = Frame(
        Compact("""
            {"symbol":"BTCUSDT","orderId":12569099453,"orderListId":-1,"clientOrderId":"4d96324ff9d44481926157ec08158a40","transactTime":1660801715793,
            "price":"23416.10000000","origQty":"0.00847000","executedQty":"0.00847000","origQuoteOrderQty":"0.000000","cummulativeQuoteQty":"198.33521500",
            "status":"FILLED","timeInForce":"GTC","type":"LIMIT","side":"SELL","workingTime":1660801715793,"selfTradePreventionMode":"NONE","fills":[
            {"price":"23416.10000000","qty":"0.00635000","commission":"0.000000","commissionAsset":"BNB","tradeId":1650422481},
            {"price":"23416.50000000","qty":"0.00212000","commission":"0.000000","commissionAsset":"BNB","tradeId":1650422482}]}
            """),
        OrderLimits);

    /// <summary><c>depth</c> with <c>limit=100</c> (the server default): 100 levels a side, about 5 KB.</summary>
    public static readonly byte[] Depth100 = Frame(Depth(100), "[" + WeightLimit + "]");

    public static readonly byte[] AccountStatus = Frame(
        Compact("""
            {"makerCommission":15,"takerCommission":15,"buyerCommission":0,"sellerCommission":0,"canTrade":true,"canWithdraw":true,"canDeposit":true,
            "commissionRates":{"maker":"0.00150000","taker":"0.00150000","buyer":"0.00000000","seller":"0.00000000"},"brokered":false,
            "requireSelfTradePrevention":false,"preventSor":false,"updateTime":1660801833000,"accountType":"SPOT","balances":[
            {"asset":"BNB","free":"0.00000000","locked":"0.00000000"},{"asset":"BTC","free":"1.3447112","locked":"0.08600000"},
            {"asset":"USDT","free":"1021.21000000","locked":"0.00000000"},{"asset":"ETH","free":"12.50000000","locked":"0.00000000"},
            {"asset":"BUSD","free":"0.00000000","locked":"0.00000000"}],"permissions":["SPOT"],"uid":354937868}
            """),
        "[" + WeightLimit + "]");

    /// <summary>The <c>rateLimits</c> value alone: one entry (most methods) and three (an order placement).</summary>
    public static readonly byte[] RateLimitsOne = Encoding.UTF8.GetBytes("[" + WeightLimit + "]");

    public static readonly byte[] RateLimitsThree = Encoding.UTF8.GetBytes(OrderLimits);

    private static byte[] Frame(string result, string rateLimits) =>
        Encoding.UTF8.GetBytes($$"""{"id":{{Id}},"status":200,"result":{{result}},"rateLimits":{{rateLimits}}}""");

    // The long samples are written over several lines for reading; the server sends them on one.
    private static string Compact(string json) => json.ReplaceLineEndings(string.Empty);

    private static string Depth(int levels)
    {
        // Prices one tick apart around the fixture's 0.01380000, quantities varied so they are not all the same text.
        var text = new StringBuilder("""{"lastUpdateId":2731179239,"bids":[""");
        AppendSide(text, levels, 1_379_900, -100);
        text.Append("""],"asks":[""");
        AppendSide(text, levels, 1_380_000, 100);
        return text.Append("]}").ToString();
    }

    private static void AppendSide(StringBuilder text, int levels, long firstPrice, long step)
    {
        for (int i = 0; i < levels; i++)
        {
            decimal price = (firstPrice + (i * step)) / 100_000_000m;
            decimal quantity = (((i * 7919) % 1_500_000) + 26_800) / 100_000m;
            text.Append(i == 0 ? "[\"" : ",[\"")
                .Append(price.ToString("F8", CultureInfo.InvariantCulture)).Append("\",\"")
                .Append(quantity.ToString("F8", CultureInfo.InvariantCulture)).Append("\"]");
        }
    }
}
