using BenchmarkDotNet.Attributes;
using Binance.WsApi.Auth;
using Binance.WsApi.Protocol;

namespace Binance.WsApi.Benchmarks.Micro;

/// <summary>
/// The signer alone, per key type, over the canonical payload of a typical signed <c>order.place</c> (the very bytes
/// the frame writer hands it: sorted <c>key=value&amp;…</c> with apiKey and timestamp, about 200 bytes).
/// </summary>
[MemoryDiagnoser]
public class SigningBenchmarks
{
    private readonly IRequestSigner _hmac = ApiCredentials.Hmac(TestKeys.HmacApiKey, TestKeys.HmacSecret).Signer;
    private readonly IRequestSigner _rsa = ApiCredentials.Rsa(TestKeys.RsaApiKey, TestKeys.RsaPrivateKeyPem).Signer;
    private readonly IRequestSigner _ed25519 = ApiCredentials.Ed25519(TestKeys.Ed25519ApiKey, TestKeys.Ed25519PrivateKeyPem).Signer;
    private readonly byte[] _signature = new byte[512];
    private byte[] _payload = [];

    [GlobalSetup]
    public void Setup()
    {
        // Take the payload from the writer rather than spelling it out, so it cannot drift from what is signed.
        var writer = new RequestFrameWriter();
        writer.Write(1, "order.place", SampleOrder.Parameters(), new SigningPlan(TestKeys.HmacApiKey, 1645423376532, null, _hmac));
        _payload = writer.LastPayload.ToArray();
    }

    [Benchmark(Baseline = true)]
    public int Hmac() => _hmac.Sign(_payload, _signature);

    [Benchmark]
    public int Rsa() => _rsa.Sign(_payload, _signature);

    [Benchmark]
    public int Ed25519() => _ed25519.Sign(_payload, _signature);
}
