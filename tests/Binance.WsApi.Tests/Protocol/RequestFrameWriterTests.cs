using System.Text;
using Binance.WsApi.Protocol;
using Binance.WsApi.Tests.Support;

namespace Binance.WsApi.Tests.Protocol;

/// <summary>The exact bytes of request frames.</summary>
public class RequestFrameWriterTests
{
    private static string Write(string method, WsApiParameters? parameters, SigningPlan plan = default, long id = 1) =>
        Encoding.UTF8.GetString(new RequestFrameWriter().Write(id, method, parameters, plan).Span);

    [Fact]
    public void Public_method_without_parameters_has_no_params()
    {
        Assert.Equal("""{"id":1,"method":"ping"}""", Write("ping", null));
        Assert.Equal("""{"id":42,"method":"time"}""", Write("time", new WsApiParameters(), id: 42));
    }

    [Fact]
    public void Values_keep_their_json_types()
    {
        var p = new WsApiParameters()
            .Add("symbol", "BTCUSDT")
            .Add("limit", 5)
            .Add("price", 52000.00m)
            .Add("showPermissionSets", false)
            .Add("symbols", new[] { "BNBBTC", "BTCUSDT" })
            .Add("ignored", (string?)null);
        Assert.Equal(
            """{"id":1,"method":"depth","params":{"symbol":"BTCUSDT","limit":5,"price":"52000.00","showPermissionSets":false,"symbols":["BNBBTC","BTCUSDT"]}}""",
            Write("depth", p));
    }

    [Fact]
    public void Signed_request_matches_the_documented_frame()
    {
        var credentials = ApiCredentials.Hmac(TestKeys.HmacApiKey, TestKeys.HmacSecret);
        var p = new WsApiParameters()
            .Add("symbol", "BTCUSDT").Add("side", "SELL").Add("type", "LIMIT").Add("timeInForce", "GTC")
            .Add("quantity", 0.01000000m).Add("price", 52000.00m);
        string frame = Write("order.place", p, new SigningPlan(credentials.ApiKey, 1645423376532, TimeSpan.FromMilliseconds(100), credentials.Signer));

        // Same params (names, JSON types, values) as the doc's signed request; key order is irrelevant to the server.
        var expected = Fixtures.Json("spot-signing-hmac-ascii.request-signed.json").GetProperty("params");
        using var actual = System.Text.Json.JsonDocument.Parse(frame);
        var actualParams = actual.RootElement.GetProperty("params");
        Assert.Equal(expected.EnumerateObject().Count(), actualParams.EnumerateObject().Count());
        foreach (var property in expected.EnumerateObject())
        {
            Assert.Equal(property.Value.GetRawText(), actualParams.GetProperty(property.Name).GetRawText());
        }
    }

    [Fact]
    public void Caller_timestamp_and_recv_window_are_never_replaced()
    {
        var p = new WsApiParameters().Add("timestamp", 1000L).Add("recvWindow", 2000);
        string frame = Write("account.status", p, new SigningPlan("k", 99999, TimeSpan.FromSeconds(5), null));
        Assert.Equal("""{"id":1,"method":"account.status","params":{"timestamp":1000,"recvWindow":2000,"apiKey":"k"}}""", frame);
    }

    [Fact]
    public void Logged_on_session_sends_only_the_timestamp()
    {
        string frame = Write("account.status", null, new SigningPlan(null, 1660801839480, null, null));
        Assert.Equal("""{"id":1,"method":"account.status","params":{"timestamp":1660801839480}}""", frame);
    }

    [Fact]
    public void Sub_millisecond_recv_window_is_a_decimal_number()
    {
        string frame = Write("account.status", null, new SigningPlan(null, 1, TimeSpan.FromMicroseconds(6000346), null));
        Assert.Contains("\"recvWindow\":6000.346", frame, StringComparison.Ordinal);
    }

    [Fact]
    public void Decimals_use_the_invariant_culture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE", false);
        }
        catch (System.Globalization.CultureNotFoundException)
        {
            // Invariant-globalization mode: there is no other culture to switch to, which proves the point as well.
        }

        try
        {
            Assert.Contains("\"price\":\"0.5\"", Write("x", new WsApiParameters().Add("price", 0.5m)), StringComparison.Ordinal);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Parameters_reject_duplicates_and_signature()
    {
        var p = new WsApiParameters().Add("symbol", "A");
        Assert.Throws<ArgumentException>(() => p.Add("symbol", "B"));
        Assert.Throws<ArgumentException>(() => p.Add("signature", "x"));
    }
}
