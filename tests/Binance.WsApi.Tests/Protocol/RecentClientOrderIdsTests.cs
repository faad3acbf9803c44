using System.Text;
using System.Text.Json;
using Binance.WsApi.Protocol;

namespace Binance.WsApi.Tests.Protocol;

/// <summary>The reply to an order shares the client order id string the request was written with.</summary>
public class RecentClientOrderIdsTests
{
    [Fact]
    public void A_written_order_id_is_found_again_by_its_bytes_and_nothing_else_is()
    {
        string id = "rcoi-" + Guid.NewGuid().ToString("N")[..20];
        RecentClientOrderIds.Remember(id);
        Assert.Same(id, RecentClientOrderIds.Find(Encoding.UTF8.GetBytes(id)));
        Assert.Null(RecentClientOrderIds.Find(Encoding.UTF8.GetBytes(id + "x")));
        Assert.Null(RecentClientOrderIds.Find([]));

        string unicode = "ordre-été-" + Guid.NewGuid().ToString("N")[..8];
        RecentClientOrderIds.Remember(unicode);
        Assert.Null(RecentClientOrderIds.Find(Encoding.UTF8.GetBytes(unicode)));
    }

    [Fact]
    public void The_placement_reply_and_the_execution_report_reuse_the_sent_id()
    {
        string id = "rcoi-" + Guid.NewGuid().ToString("N")[..20];
        var parameters = new WsApiParameters().Add("symbol", "BTCUSDT").Add("newClientOrderId", id);
        new RequestFrameWriter().Write(1, "order.place", parameters, new SigningPlan(null, 1, null, null));

        string reply = $$"""{"symbol":"BTCUSDT","orderId":1,"orderListId":-1,"clientOrderId":"{{id}}","transactTime":2}""";
        SpotOrderResult placed = JsonSerializer.Deserialize(reply, SpotTradingJsonContext.Default.SpotOrderResult)!;
        Assert.Same(id, placed.ClientOrderId);

        string report = $$"""{"e":"executionReport","E":1,"s":"BTCUSDT","c":"{{id}}","S":"BUY","X":"NEW"}""";
        var update = (ExecutionReportEvent)Binance.WsApi.UserData.UserDataEventParser.Parse(Encoding.UTF8.GetBytes(report), "executionReport");
        Assert.Same(id, update.ClientOrderId);

        // An id this process did not send is read as before.
        SpotOrderResult other = JsonSerializer.Deserialize(reply.Replace(id, "someone-else-1234", StringComparison.Ordinal), SpotTradingJsonContext.Default.SpotOrderResult)!;
        Assert.Equal("someone-else-1234", other.ClientOrderId);
    }
}
