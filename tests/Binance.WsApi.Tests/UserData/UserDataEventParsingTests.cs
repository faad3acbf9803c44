using System.Text;
using System.Text.Json;
using Binance.WsApi.Protocol;
using Binance.WsApi.UserData;
using Binance.WsApi.Tests.Support;

namespace Binance.WsApi.Tests.UserData;

/// <summary>Documented user data events → typed models.</summary>
public class UserDataEventParsingTests
{
    private static UserDataEvent ParseWrapped(string fixture)
    {
        JsonElement wrapped = Fixtures.Json(fixture).GetProperty("event");
        return UserDataEventParser.Parse(Encoding.UTF8.GetBytes(wrapped.GetRawText()), wrapped.GetProperty("e").GetString());
    }

    [Fact]
    public void Execution_report_keeps_case_sensitive_fields_apart()
    {
        var report = Assert.IsType<ExecutionReportEvent>(ParseWrapped("spot-event-executionReport.json"));
        Assert.Equal("ETHBTC", report.Symbol);
        Assert.Equal("mUvoqJxFIILMdfAW5iGSOW", report.ClientOrderId);   // c
        Assert.Equal(string.Empty, report.OriginalClientOrderId);         // C
        Assert.Equal(0.10264410m, report.Price);                           // p
        Assert.Equal(0m, report.StopPrice);                                // P
        Assert.Equal(OrderSide.Buy, report.Side);
        Assert.Equal(OrderStatus.New, report.OrderStatus);
        Assert.Equal("NEW", report.ExecutionType);
        Assert.Equal(4293153, report.OrderId);
        Assert.Null(report.CommissionAsset);
        Assert.Equal(-1, report.TradeId);
        Assert.Equal(3, report.PreventedMatchId);
        Assert.True(report.IsWorking);
        Assert.Equal(1499405658658, report.EventTime);
    }

    [Fact]
    public void Market_order_sequence_from_the_faq()
    {
        JsonElement[] events = Fixtures.Json("spot-faq-market-order-expired.user-stream-sequence.json").EnumerateArray().ToArray();
        UserDataEvent[] parsed = events.Select(e => UserDataEventParser.Parse(Encoding.UTF8.GetBytes(e.GetRawText()), e.GetProperty("e").GetString())).ToArray();
        var reports = parsed.OfType<ExecutionReportEvent>().ToArray();
        Assert.Equal("NEW", reports[0].ExecutionType);
        Assert.Equal("TRADE", reports[1].ExecutionType);
        Assert.Equal(OrderStatus.PartiallyFilled, reports[1].OrderStatus);
        Assert.Equal(OrderStatus.Expired, reports[^1].OrderStatus);
        Assert.IsType<OutboundAccountPositionEvent>(parsed[^1]);
    }

    [Fact]
    public void Account_position_balance_list_status_and_notices()
    {
        var position = Assert.IsType<OutboundAccountPositionEvent>(ParseWrapped("spot-event-outboundAccountPosition.wsapi-intro.json"));
        Assert.Equal(2, position.Balances.Count);
        Assert.Equal(new AccountPositionBalance { Asset = "USDT", Free = 10580m, Locked = 70m }, position.Balances[1]);

        var balance = Assert.IsType<BalanceUpdateEvent>(ParseWrapped("spot-event-balanceUpdate.json"));
        Assert.Equal(100m, balance.Delta);

        var list = Assert.IsType<ListStatusEvent>(ParseWrapped("spot-event-listStatus.json"));
        Assert.Equal(ContingencyType.Oco, list.ContingencyType);
        Assert.Equal(2, list.Orders.Count);
        Assert.Equal("F4QN4G8DlFATFlIUQ0cjdD", list.ListClientOrderId);

        Assert.IsType<ExternalLockUpdateEvent>(ParseWrapped("spot-event-externalLockUpdate.json"));
        Assert.IsType<EventStreamTerminatedEvent>(ParseWrapped("spot-event-eventStreamTerminated.json"));
    }

    [Fact]
    public void Unknown_event_arrives_raw()
    {
        const string json = """{"e":"somethingNew","E":5,"x":{"y":1}}""";
        var unknown = Assert.IsType<UnknownUserDataEvent>(UserDataEventParser.Parse(Encoding.UTF8.GetBytes(json), "somethingNew"));
        Assert.Equal("somethingNew", unknown.EventType);
        Assert.Equal(5, unknown.EventTime);
        Assert.Equal(1, unknown.Raw.GetProperty("x").GetProperty("y").GetInt32());
    }
}
