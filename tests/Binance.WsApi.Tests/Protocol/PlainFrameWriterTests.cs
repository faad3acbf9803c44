using System.Text;
using Binance.WsApi.Protocol;
using Binance.WsApi.Tests.Support;

namespace Binance.WsApi.Tests.Protocol;

/// <summary>
/// The writer's hand-written path (plain ASCII text, each value formatted once) must write the very bytes and sign the
/// very payload of its general <see cref="System.Text.Json.Utf8JsonWriter"/> path, for every value kind, plan and key
/// type; text that needs escaping goes the general way.
/// </summary>
public class PlainFrameWriterTests
{
    private const long Timestamp = 1645423376532;

    private static readonly ApiCredentials Hmac = ApiCredentials.Hmac(TestKeys.HmacApiKey, TestKeys.HmacSecret);
    private static readonly ApiCredentials Rsa = ApiCredentials.Rsa(TestKeys.RsaApiKey, TestKeys.RsaPrivateKeyPem);
    private static readonly ApiCredentials Ed25519 = ApiCredentials.Ed25519(TestKeys.Ed25519ApiKey, TestKeys.Ed25519PrivateKeyPem);

    private static IEnumerable<(string Name, WsApiParameters? Parameters)> ParameterSets()
    {
        yield return ("none", null);
        yield return ("empty", new WsApiParameters());
        yield return ("order", new WsApiParameters()
            .Add("symbol", "BTCUSDT").Add("side", "SELL").Add("type", "LIMIT").Add("timeInForce", "GTC")
            .Add("quantity", 0.01000000m).Add("price", 52000.00m).Add("newClientOrderId", "x-Ab_09.:/-")
            .Add("newOrderRespType", "ACK"));
        yield return ("every kind", new WsApiParameters()
            .Add("symbol", "BNBBTC").Add("limit", 5).Add("fromId", long.MaxValue).Add("startTime", -1L)
            .Add("price", -0.000000001m).Add("big", 79228162514264337593543950335m).Add("zero", 0m)
            .Add("flag", true).Add("other", false).Add("symbols", new[] { "BNBBTC", "BTCUSDT", "" })
            .Add("text", " !#$%&'()*+,-./09:;<=>?@AZ[]^_`az{|}~"));
        yield return ("caller's own signing values", new WsApiParameters()
            .Add("apiKey", "callerKey").Add("timestamp", 12L).Add("recvWindow", 5000));
        yield return ("an empty array", new WsApiParameters().Add("symbols", Array.Empty<string>()));
        yield return ("micro recvWindow", new WsApiParameters().Add("symbol", "ETHBTC").AddRecvWindow(TimeSpan.FromMicroseconds(1500)));
    }

    private static IEnumerable<(string Name, SigningPlan Plan)> Plans()
    {
        yield return ("unsigned", SigningPlan.None);
        yield return ("api key only", new SigningPlan(Hmac.ApiKey, null, null, null));
        yield return ("logged-on session", new SigningPlan(null, Timestamp, null, null));
        yield return ("hmac", new SigningPlan(Hmac.ApiKey, Timestamp, TimeSpan.FromMilliseconds(100), Hmac.Signer));
        yield return ("hmac, micro window", new SigningPlan(Hmac.ApiKey, Timestamp, TimeSpan.FromMicroseconds(2500), Hmac.Signer));
        yield return ("rsa", new SigningPlan(Rsa.ApiKey, Timestamp, null, Rsa.Signer));
        yield return ("ed25519", new SigningPlan(Ed25519.ApiKey, Timestamp, TimeSpan.FromSeconds(5), Ed25519.Signer));
        yield return ("signed, no api key", new SigningPlan(null, Timestamp, null, Hmac.Signer));
    }

    [Fact]
    public void Writes_and_signs_what_the_general_path_does()
    {
        int compared = 0;
        foreach ((string setName, WsApiParameters? parameters) in ParameterSets())
        {
            foreach ((string planName, SigningPlan plan) in Plans())
            {
                var plain = new RequestFrameWriter();
                var general = new RequestFrameWriter();
                string expected = Encoding.UTF8.GetString(general.WriteGeneral(7, "order.place", parameters, plan).Span);
                string actual = Encoding.UTF8.GetString(plain.Write(7, "order.place", parameters, plan).Span);
                Assert.True(expected == actual, $"{setName} / {planName}:\n{expected}\n{actual}");
                Assert.Equal(Encoding.UTF8.GetString(general.LastPayload), Encoding.UTF8.GetString(plain.LastPayload));
                compared++;
            }
        }

        Assert.Equal(56, compared);
    }

    [Fact]
    public void A_writer_reused_for_requests_of_different_sizes_writes_each_whole()
    {
        var writer = new RequestFrameWriter();
        var reference = new RequestFrameWriter();
        var big = new WsApiParameters();
        for (int i = 0; i < 40; i++)
        {
            big.Add("p" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), new string('v', 100));
        }

        foreach (WsApiParameters? parameters in new[] { null, big, new WsApiParameters().Add("symbol", "BTCUSDT"), big })
        {
            var plan = new SigningPlan(Hmac.ApiKey, Timestamp, null, Hmac.Signer);
            Assert.Equal(
                Encoding.UTF8.GetString(reference.WriteGeneral(1, "order.place", parameters, plan).Span),
                Encoding.UTF8.GetString(writer.Write(1, "order.place", parameters, plan).Span));
        }
    }

    [Theory]
    // A quote, a backslash, a control character, non-ASCII: escaped (or kept as UTF-8) by the general path.
    [InlineData("say \"hi\"")]
    [InlineData("back\\slash")]
    [InlineData("tab\there")]
    [InlineData("１２３４５６")]
    [InlineData("é")]
    [InlineData("\u007f")]
    public void Text_that_needs_escaping_goes_the_general_way(string text)
    {
        foreach (WsApiParameters parameters in new[]
        {
            new WsApiParameters().Add("symbol", text),
            new WsApiParameters().Add("symbols", new[] { "BTCUSDT", text }),
            new WsApiParameters().Add(text, "value"),
        })
        {
            var plan = new SigningPlan(Hmac.ApiKey, Timestamp, null, Hmac.Signer);
            var general = new RequestFrameWriter();
            var writer = new RequestFrameWriter();
            byte[] expected = general.WriteGeneral(3, "depth", parameters, plan).ToArray();
            byte[] actual = writer.Write(3, "depth", parameters, plan).ToArray();
            Assert.Equal(expected, actual);
            Assert.Equal(general.LastPayload.ToArray(), writer.LastPayload.ToArray());
            using var doc = System.Text.Json.JsonDocument.Parse(actual); // still valid JSON
        }

        Assert.Equal(
            new RequestFrameWriter().WriteGeneral(1, "mé\"thod", null, default).ToArray(),
            new RequestFrameWriter().Write(1, "mé\"thod", null, default).ToArray());
    }
}
