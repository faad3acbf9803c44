using BenchmarkDotNet.Attributes;
using Binance.WsApi.Protocol;

namespace Binance.WsApi.Benchmarks;

/// <summary>Writing request frames: unsigned, HMAC-signed and Ed25519-signed, and the logged-on (timestamp only) form.</summary>
[MemoryDiagnoser]
public class FrameWriterBenchmarks
{
    private readonly RequestFrameWriter _writer = new();
    private readonly ApiCredentials _hmac = ApiCredentials.Hmac(TestKeys.HmacApiKey, TestKeys.HmacSecret);
    private readonly ApiCredentials _ed25519 = ApiCredentials.Ed25519(TestKeys.Ed25519ApiKey, TestKeys.Ed25519PrivateKeyPem);
    private readonly WsApiParameters _order = new WsApiParameters()
        .Add("symbol", "BTCUSDT").Add("side", "SELL").Add("type", "LIMIT").Add("timeInForce", "GTC")
        .Add("quantity", 0.01000000m).Add("price", 52000.00m).Add("newClientOrderId", "4d96324ff9d44481926157");

    [Benchmark(Baseline = true)]
    public int Ping() => _writer.Write(1, "ping", null, SigningPlan.None).Length;

    [Benchmark]
    public int OrderPlaceHmac() =>
        _writer.Write(2, "order.place", _order, new SigningPlan(_hmac.ApiKey, 1645423376532, null, _hmac.Signer)).Length;

    [Benchmark]
    public int OrderPlaceEd25519PerRequest() =>
        _writer.Write(3, "order.place", _order, new SigningPlan(_ed25519.ApiKey, 1645423376532, null, _ed25519.Signer)).Length;

    [Benchmark]
    public int OrderPlaceLoggedOnSession() =>
        _writer.Write(4, "order.place", _order, new SigningPlan(null, 1645423376532, null, null)).Length;
}
