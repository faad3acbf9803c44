using System.Text;
using Binance.WsApi.Protocol;
using Binance.WsApi.Tests.Support;

namespace Binance.WsApi.Tests.Protocol;

/// <summary>How incoming frames are classified and how error responses become exceptions.</summary>
public class FrameRoutingTests
{
    private static FrameHeader Read(string json)
    {
        Assert.True(FrameHeader.TryRead(Encoding.UTF8.GetBytes(json), out FrameHeader header));
        return header;
    }

    [Fact]
    public void Response_with_numeric_id()
    {
        FrameHeader h = Read("""{"id":17,"status":200,"result":{},"rateLimits":[]}""");
        Assert.Equal(FrameKind.Response, h.Kind);
        Assert.True(h.IdIsNumber);
        Assert.Equal(17, h.NumericId);
        Assert.Equal(200, h.Status);
    }

    [Fact]
    public void Pushed_events_are_recognised()
    {
        FrameHeader shutdown = Read(Fixtures.Text("spot-event-serverShutdown.json"));
        Assert.Equal(FrameKind.Event, shutdown.Kind);
        Assert.Equal("serverShutdown", shutdown.EventType);
        Assert.Null(shutdown.SubscriptionId);

        FrameHeader report = Read(Fixtures.Text("spot-event-executionReport.json"));
        Assert.Equal("executionReport", report.EventType);
        Assert.Equal(0, report.SubscriptionId);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("""{"hello":"world"}""")]
    [InlineData("""{"id":1,"status":""")]
    public void Unroutable_frames_are_rejected(string text) =>
        Assert.False(FrameHeader.TryRead(Encoding.UTF8.GetBytes(text), out _));

    [Fact]
    public void Error_keeps_code_and_message_verbatim()
    {
        byte[] frame = Encoding.UTF8.GetBytes(Fixtures.Text("spot-envelope.response-error-400.json"));
        FrameHeader h = Read(Fixtures.Text("spot-envelope.response-error-400.json"));
        BinanceApiException ex = WsApiErrors.FromErrorResponse(frame, h, [], "order.place", "1", WsApiEndpoint.Spot);
        Assert.Equal(400, ex.Status);
        Assert.Equal(-2010, ex.Code);
        Assert.Equal("Account has insufficient balance for requested action.", ex.BinanceMessage);
        Assert.Equal(RequestSendState.Sent, ex.SendState);
        Assert.IsNotType<BinanceRateLimitException>(ex);
    }

    [Fact]
    public void Ip_ban_becomes_a_rate_limit_exception_with_retry_after()
    {
        string text = Fixtures.Text("spot-error.response-418-ip-banned.json");
        BinanceApiException ex = WsApiErrors.FromErrorResponse(Encoding.UTF8.GetBytes(text), Read(text), [], "ping", "1", WsApiEndpoint.Spot);
        var limit = Assert.IsType<BinanceRateLimitException>(ex);
        Assert.True(limit.IsIpBan);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1659146400000), limit.RetryAfter);
        Assert.Equal(-1003, limit.Code);
    }
}
