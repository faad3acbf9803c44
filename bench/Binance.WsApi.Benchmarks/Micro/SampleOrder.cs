using Binance.WsApi.Protocol;

namespace Binance.WsApi.Benchmarks.Micro;

/// <summary>The typical order of the writing and signing benchmarks: a LIMIT GTC sell with a client order id.</summary>
internal static class SampleOrder
{
    public static WsApiParameters Parameters() => new WsApiParameters()
        .Add("symbol", "BTCUSDT").Add("side", "SELL").Add("type", "LIMIT").Add("timeInForce", "GTC")
        .Add("quantity", 0.01000000m).Add("price", 52000.00m).Add("newClientOrderId", "4d96324ff9d44481926157");

    /// <summary>The client order id the sample order responses (<see cref="SampleFrames"/>) carry back.</summary>
    public const string AnsweredClientOrderId = "4d96324ff9d44481926157ec08158a40";

    /// <summary>
    /// Writes the order those responses answer, as the client writes every order before its reply arrives: the reader
    /// of the reply then shares the request's client order id string (<see cref="RecentClientOrderIds"/>).
    /// </summary>
    public static void WriteAnsweredOrder()
    {
        var parameters = new WsApiParameters()
            .Add("symbol", "BTCUSDT").Add("side", "SELL").Add("type", "LIMIT").Add("timeInForce", "GTC")
            .Add("quantity", 0.00847000m).Add("price", 23416.10m).Add("newClientOrderId", AnsweredClientOrderId);
        new RequestFrameWriter().Write(SampleFrames.Id, "order.place", parameters, new SigningPlan(null, 1660801715431, null, null));
    }
}
