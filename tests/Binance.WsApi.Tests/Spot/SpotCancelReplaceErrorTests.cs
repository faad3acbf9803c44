using System.Text;
using Binance.WsApi.Protocol;
using Binance.WsApi.Tests.Support;

namespace Binance.WsApi.Tests.Spot;

/// <summary>
/// The cancel-replace failures of docs/protocol.md §8.6 become <see cref="SpotCancelReplaceException"/> in the one error
/// factory, with each step's outcome typed; other methods and other errors keep the ordinary exceptions.
/// </summary>
public class SpotCancelReplaceErrorTests
{
    private static BinanceApiException FromFixture(string fixture, string method = "order.cancelReplace")
    {
        byte[] frame = Encoding.UTF8.GetBytes(Fixtures.Text(fixture));
        Assert.True(FrameHeader.TryRead(frame, out FrameHeader header));
        return WsApiErrors.FromErrorResponse(frame, header, [], method, "7", WsApiEndpoint.Spot);
    }

    [Fact]
    public void Cancel_ok_new_failed_is_a_409_with_the_cancel_report_and_the_new_order_error()
    {
        var ex = Assert.IsType<SpotCancelReplaceException>(FromFixture("spot-order.cancelReplace.response-409-cancel-ok-new-failed.json"));
        Assert.Equal(409, ex.Status);
        Assert.Equal(-2021, ex.Code);
        Assert.Equal("Order cancel-replace partially failed.", ex.BinanceMessage);
        Assert.Equal(CancelReplaceStepResult.Success, ex.CancelResult);
        Assert.Equal(CancelReplaceStepResult.Failure, ex.NewOrderResult);
        Assert.Equal(125690984230, ex.CancelResponse!.Order!.OrderId);
        Assert.Equal(OrderStatus.Canceled, ex.CancelResponse.Order.Status);
        Assert.Null(ex.CancelError);
        Assert.Equal(new SpotCancelReplaceStepError(-2010, "Order would immediately match and take."), ex.NewOrderError);
        Assert.Null(ex.NewOrderResponse);
        Assert.Equal("order.cancelReplace", ex.Method);
        Assert.NotNull(ex.ErrorData);
    }

    [Fact]
    public void Cancel_failed_new_ok_is_a_409_with_the_new_order()
    {
        var ex = Assert.IsType<SpotCancelReplaceException>(FromFixture("spot-order.cancelReplace.response-409-cancel-failed-new-ok.json"));
        Assert.Equal(CancelReplaceStepResult.Failure, ex.CancelResult);
        Assert.Equal(CancelReplaceStepResult.Success, ex.NewOrderResult);
        Assert.Equal(new SpotCancelReplaceStepError(-2011, "Unknown order sent."), ex.CancelError);
        Assert.Null(ex.CancelResponse);
        Assert.Equal("bX5wROblo6YeDwa9iTLeyY", ex.NewOrderResponse!.ClientOrderId);
        Assert.Equal(OrderStatus.New, ex.NewOrderResponse.Status);
        Assert.Empty(ex.NewOrderResponse.Fills);
    }

    [Fact]
    public void Both_failed_is_a_400_with_both_errors()
    {
        var ex = Assert.IsType<SpotCancelReplaceException>(FromFixture("spot-order.cancelReplace.response-400-both-failed.json"));
        Assert.Equal(400, ex.Status);
        Assert.Equal(-2022, ex.Code);
        Assert.Equal(-2011, ex.CancelError!.Code);
        Assert.Equal(-2010, ex.NewOrderError!.Code);
        Assert.Null(ex.CancelResponse);
        Assert.Null(ex.NewOrderResponse);
    }

    [Fact]
    public void Stop_on_failure_leaves_the_new_order_not_attempted()
    {
        var ex = Assert.IsType<SpotCancelReplaceException>(FromFixture("spot-order.cancelReplace.response-400-stop-on-failure-cancel-failed.json"));
        Assert.Equal(CancelReplaceStepResult.NotAttempted, ex.NewOrderResult);
        Assert.Null(ex.NewOrderResponse);
        Assert.Null(ex.NewOrderError);
        Assert.Equal(-2011, ex.CancelError!.Code);
    }

    [Fact]
    public void Cancel_only_over_the_order_limit_is_a_409_with_the_rate_limit_error_inside()
    {
        var ex = Assert.IsType<SpotCancelReplaceException>(FromFixture("spot-order.cancelReplace.response-409-cancel-only-rate-limited.json"));
        Assert.Equal("LTCBNB", ex.CancelResponse!.Order!.Symbol);
        Assert.Equal(-1015, ex.NewOrderError!.Code);
    }

    [Fact]
    public void Do_nothing_over_the_order_limit_stays_a_rate_limit_exception()
    {
        BinanceApiException ex = FromFixture("spot-order.cancelReplace.response-429-do-nothing-rate-limited.json");
        Assert.IsType<BinanceRateLimitException>(ex);
        Assert.Equal(-1015, ex.Code);
    }

    [Fact]
    public void Another_method_with_the_same_error_shape_gets_the_ordinary_exception()
    {
        BinanceApiException ex = FromFixture("spot-order.cancelReplace.response-409-cancel-ok-new-failed.json", "order.place");
        Assert.IsType<BinanceApiException>(ex);
        Assert.Equal(-2021, ex.Code);
    }

    [Fact]
    public void Cancel_replace_errors_without_step_outcomes_stay_ordinary()
    {
        const string frame = """{"id":"1","status":400,"error":{"code":-1102,"msg":"Mandatory parameter 'cancelReplaceMode' was not sent."}}""";
        byte[] bytes = Encoding.UTF8.GetBytes(frame);
        Assert.True(FrameHeader.TryRead(bytes, out FrameHeader header));
        BinanceApiException ex = WsApiErrors.FromErrorResponse(bytes, header, [], "order.cancelReplace", "1", WsApiEndpoint.Spot);
        Assert.IsType<BinanceApiException>(ex);
    }

    [Fact]
    public void An_unreadable_step_report_falls_back_to_the_ordinary_exception_with_the_data()
    {
        const string frame = """
            {"id":"1","status":409,"error":{"code":-2021,"msg":"Order cancel-replace partially failed.",
             "data":{"cancelResult":"SUCCESS","newOrderResult":"FAILURE","cancelResponse":{"orderId":"not-a-number"},"newOrderResponse":{"code":-2010,"msg":"x"}}}}
            """;
        byte[] bytes = Encoding.UTF8.GetBytes(frame);
        Assert.True(FrameHeader.TryRead(bytes, out FrameHeader header));
        BinanceApiException ex = WsApiErrors.FromErrorResponse(bytes, header, [], "order.cancelReplace", "1", WsApiEndpoint.Spot);
        Assert.IsType<BinanceApiException>(ex);
        Assert.Equal(-2021, ex.Code);
        Assert.NotNull(ex.ErrorData);
    }
}
