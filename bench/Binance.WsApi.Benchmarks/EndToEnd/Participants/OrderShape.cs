using Binance.WsApi.Benchmarks.EndToEnd.Responder;

namespace Binance.WsApi.Benchmarks.EndToEnd.Participants;

/// <summary>
/// The order every participant places: LIMIT BUY 0.001 BTC at 20,000 USDT with an ACK response. Against the fast
/// responder it is GTC. Against the emulator (BTCUSDT around 60,000) it is IOC: it expires at once without a fill,
/// because resting GTC orders would hit the symbol's MAX_NUM_ORDERS filter (200 open orders) within a second.
/// </summary>
internal sealed record OrderShape(string Symbol, string Price, string Quantity, string TimeInForce)
{
    public decimal PriceValue => decimal.Parse(Price, System.Globalization.CultureInfo.InvariantCulture);

    public decimal QuantityValue => decimal.Parse(Quantity, System.Globalization.CultureInfo.InvariantCulture);

    public static OrderShape For(ResponderMode mode) =>
        new("BTCUSDT", "20000.00", "0.00100", mode == ResponderMode.Emulator ? "IOC" : "GTC");
}
