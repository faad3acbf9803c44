using System.Text.Json;
using Binance.WsApi.Protocol;
using Binance.WsApi.Tests.Support;

namespace Binance.WsApi.Tests.ModelParsing;

/// <summary>Documented response JSON → models.</summary>
public class GeneralModelTests
{
    [Fact]
    public void Server_time()
    {
        var time = JsonSerializer.Deserialize(Fixtures.Result("spot-time.response.json"), WsApiJsonContext.Default.ServerTime)!;
        Assert.Equal(1656400526260, time.ServerTimeMs);
        Assert.Equal(2022, time.Time.Year);
    }

    [Fact]
    public void Exchange_info_with_filters()
    {
        var info = JsonSerializer.Deserialize(Fixtures.Result("spot-exchangeInfo.response.json"), WsApiJsonContext.Default.SpotExchangeInfo)!;
        Assert.Equal("UTC", info.Timezone);
        Assert.Contains(info.RateLimits, r => r.RateLimitType == RateLimitType.Connections && r.Limit == 300 && r.Count is null);
        SpotSymbolInfo bnb = info.GetSymbol("BNBBTC")!;
        Assert.Equal(SymbolStatus.Trading, bnb.Status);
        Assert.Equal(0.00000100m, bnb.GetFilter("PRICE_FILTER")!.TickSize);
        Assert.Equal(0.00100000m, bnb.GetFilter("LOT_SIZE")!.StepSize);
        Assert.Equal(["SPOT", "MARGIN", "TRD_GRP_004"], bnb.PermissionSets[0]);
        Assert.Equal("BTC", info.Sors![0].BaseAsset);
    }

    [Fact]
    public void Unknown_enum_values_and_filters_do_not_break_parsing()
    {
        const string json = """{"symbol":"X","status":"SOMETHING_NEW","filters":[{"filterType":"BRAND_NEW","foo":"1.5"}]}""";
        var symbol = JsonSerializer.Deserialize(json, WsApiJsonContext.Default.SpotSymbolInfo)!;
        Assert.Equal("SOMETHING_NEW", symbol.Status.Value);
        Assert.Equal("BRAND_NEW", symbol.Filters[0].FilterType);
        Assert.Equal("1.5", symbol.Filters[0].ExtensionData!["foo"].GetString());
    }

    [Fact]
    public void Session_status_logged_on_and_off()
    {
        var on = JsonSerializer.Deserialize(Fixtures.Result("spot-session.status.response.json"), WsApiJsonContext.Default.SessionStatus)!;
        Assert.True(on.IsLoggedOn);
        Assert.True(on.UserDataStream);
        var off = JsonSerializer.Deserialize(Fixtures.Result("spot-session.logout.response.json"), WsApiJsonContext.Default.SessionStatus)!;
        Assert.False(off.IsLoggedOn);
        Assert.Null(off.AuthorizedSince);
    }

    [Fact]
    public void Rate_limits_of_a_response()
    {
        var limits = JsonSerializer.Deserialize(Fixtures.Json("spot-envelope.response-error-400.json").GetProperty("rateLimits").GetRawText(), WsApiJsonContext.Default.ListRateLimit)!;
        Assert.Equal(3, limits.Count);
        Assert.Equal(RateLimitType.Orders, limits[0].RateLimitType);
        Assert.Equal(RateLimitInterval.Second, limits[0].Interval);
        Assert.Equal(13, limits[0].Count);
    }
}
