using BenchmarkDotNet.Attributes;
using Binance.WsApi.Protocol;

namespace Binance.WsApi.Benchmarks.Micro;

/// <summary>
/// Writing request frames: unsigned <c>ping</c>, a signed <c>order.place</c> per key type (HMAC, RSA, Ed25519 signed
/// per request), and the logged-on (timestamp only) form. The difference to <see cref="SigningBenchmarks"/> is the
/// writer's own share: collecting, sorting and escaping the parameters, the payload and the JSON.
/// </summary>
[MemoryDiagnoser]
public class FrameWriterBenchmarks
{
    private const long Timestamp = 1645423376532;

    private readonly RequestFrameWriter _writer = new();
    private readonly ApiCredentials _hmac = ApiCredentials.Hmac(TestKeys.HmacApiKey, TestKeys.HmacSecret);
    private readonly ApiCredentials _rsa = ApiCredentials.Rsa(TestKeys.RsaApiKey, TestKeys.RsaPrivateKeyPem);
    private readonly ApiCredentials _ed25519 = ApiCredentials.Ed25519(TestKeys.Ed25519ApiKey, TestKeys.Ed25519PrivateKeyPem);
    private readonly WsApiParameters _order = SampleOrder.Parameters();

    [Benchmark(Baseline = true)]
    public int Ping() => _writer.Write(1, "ping", null, SigningPlan.None).Length;

    [Benchmark]
    public int OrderPlaceHmac() =>
        _writer.Write(2, "order.place", _order, new SigningPlan(_hmac.ApiKey, Timestamp, null, _hmac.Signer)).Length;

    [Benchmark]
    public int OrderPlaceRsa() =>
        _writer.Write(3, "order.place", _order, new SigningPlan(_rsa.ApiKey, Timestamp, null, _rsa.Signer)).Length;

    [Benchmark]
    public int OrderPlaceEd25519PerRequest() =>
        _writer.Write(4, "order.place", _order, new SigningPlan(_ed25519.ApiKey, Timestamp, null, _ed25519.Signer)).Length;

    [Benchmark]
    public int OrderPlaceLoggedOnSession() =>
        _writer.Write(5, "order.place", _order, new SigningPlan(null, Timestamp, null, null)).Length;
}
