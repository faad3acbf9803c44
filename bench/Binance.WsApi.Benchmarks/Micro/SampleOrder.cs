using Binance.WsApi.Protocol;

namespace Binance.WsApi.Benchmarks.Micro;

/// <summary>The typical order of the writing and signing benchmarks: a LIMIT GTC sell with a client order id.</summary>
internal static class SampleOrder
{
    public static WsApiParameters Parameters() => new WsApiParameters()
        .Add("symbol", "BTCUSDT").Add("side", "SELL").Add("type", "LIMIT").Add("timeInForce", "GTC")
        .Add("quantity", 0.01000000m).Add("price", 52000.00m).Add("newClientOrderId", "4d96324ff9d44481926157");
}
