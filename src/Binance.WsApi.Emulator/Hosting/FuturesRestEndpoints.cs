using System.Globalization;
using System.Text;
using System.Text.Json;
using Binance.WsApi.Emulator.Accounts;
using Binance.WsApi.Emulator.Handlers;
using Binance.WsApi.Emulator.Matching;
using Binance.WsApi.Emulator.Matching.Futures;
using Binance.WsApi.Emulator.Protocol;
using Microsoft.AspNetCore.Http;

namespace Binance.WsApi.Emulator.Hosting;

/// <summary>
/// The two futures REST reads a bot needs that the WS API has no method for: <c>GET /fapi/v1/algoOrder</c> (USER_DATA:
/// header <c>X-MBX-APIKEY</c>, query signed as REST signs it) and <c>GET /fapi/v1/premiumIndex</c> /
/// <c>/dapi/v1/premiumIndex</c> (public: mark and index price). REST bodies: the answer, or <c>{"code","msg"}</c>.
/// REST weight is not counted.
/// </summary>
internal static class FuturesRestEndpoints
{
    public static Func<HttpContext, EmulatorServices, Task>? Find(string path) => path switch
    {
        "/fapi/v1/algoOrder" => AlgoOrderAsync,
        "/fapi/v1/premiumIndex" => (context, services) => PremiumIndexAsync(context, services, services.UsdM),
        "/dapi/v1/premiumIndex" => (context, services) => PremiumIndexAsync(context, services, services.CoinM),
        _ => null,
    };

    private static async Task AlgoOrderAsync(HttpContext context, EmulatorServices services)
    {
        if (!HttpMethods.IsGet(context.Request.Method))
        {
            await EmulatorHost.PlainAsync(context, StatusCodes.Status405MethodNotAllowed, "Use GET (placing and cancelling go through the WS API).").ConfigureAwait(false);
            return;
        }

        (ApiKeyRecord? key, ApiError? error) = Authenticate(context, services);
        if (error is not null)
        {
            await WriteErrorAsync(context, error).ConfigureAwait(false);
            return;
        }

        IQueryCollection q = context.Request.Query;
        string? clientAlgoId = q.TryGetValue("clientAlgoId", out var c) && c.Count > 0 ? c.ToString() : null;
        long? algoId = null;
        if (q.TryGetValue("algoId", out var a) && a.Count > 0)
        {
            if (!long.TryParse(a.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out long id))
            {
                await WriteErrorAsync(context, Errors.InvalidParameter("algoId")).ConfigureAwait(false);
                return;
            }

            algoId = id;
        }

        if (algoId is null && clientAlgoId is null)
        {
            await WriteErrorAsync(context, Errors.MandatoryParameter("algoId")).ConfigureAwait(false);
            return;
        }

        if (services.UsdM.FindAlgo(key!.Account, algoId, clientAlgoId) is not { } algo)
        {
            await WriteErrorAsync(context, FuturesErrors.NoSuchOrder()).ConfigureAwait(false);
            return;
        }

        FuturesSymbolState s = services.UsdM.Find(algo.Order.Symbol)!;
        await WriteJsonAsync(context, 200, ResponseWriter.Write(w => WriteAlgoQuery(w, s, algo))).ConfigureAwait(false);
    }

    /// <summary>X-MBX-APIKEY, timestamp within recvWindow, and the signature over the query string as sent (without <c>signature</c>).</summary>
    private static (ApiKeyRecord? Key, ApiError? Error) Authenticate(HttpContext context, EmulatorServices services)
    {
        string apiKey = context.Request.Headers["X-MBX-APIKEY"].ToString();
        if (!AccountStore.ApiKeyFormat().IsMatch(apiKey))
        {
            return (null, new ApiError(401, -2014, "API-key format invalid."));
        }

        if (services.Accounts.Find(apiKey) is not { IsRevoked: false } key)
        {
            return (null, Errors.RejectedApiKey());
        }

        IQueryCollection q = context.Request.Query;
        if (!q.TryGetValue("timestamp", out var ts) || !long.TryParse(ts.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out long timestamp))
        {
            return (null, Errors.MandatoryParameter("timestamp"));
        }

        long recvWindow = 5000;
        if (q.TryGetValue("recvWindow", out var rw) && (!long.TryParse(rw.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out recvWindow) || recvWindow > 60000))
        {
            return (null, Errors.InvalidParameter("recvWindow"));
        }

        long now = services.Time.GetUtcNow().ToUnixTimeMilliseconds();
        if (timestamp > now + 1000)
        {
            return (null, Errors.TimestampAhead());
        }

        if (now - timestamp > recvWindow)
        {
            return (null, Errors.TimestampOutsideRecvWindow());
        }

        string query = (context.Request.QueryString.Value ?? string.Empty).TrimStart('?');
        string? signature = q.TryGetValue("signature", out var sig) ? sig.ToString() : null;
        if (signature is null || !key.Verifier.Verify(Encoding.UTF8.GetBytes(WithoutSignature(query)), signature))
        {
            return (null, Errors.InvalidSignature());
        }

        return (key, null);
    }

    private static string WithoutSignature(string query) =>
        string.Join('&', query.Split('&').Where(part => !part.StartsWith("signature=", StringComparison.Ordinal)));

    /// <summary>The fields of Query Algo Order's example; TP/SL attachments do not exist here (zeros, empty type).</summary>
    private static void WriteAlgoQuery(Utf8JsonWriter w, FuturesSymbolState s, AlgoOrder a)
    {
        int pp = s.Symbol.PricePrecision;
        FuturesOrder o = a.Order;
        string zero = DecimalText.Fixed(0m, pp);
        w.WriteStartObject();
        w.WriteNumber("algoId", a.AlgoId);
        w.WriteString("clientAlgoId", a.ClientAlgoId);
        w.WriteString("algoType", Wire.Name(a.Kind));
        w.WriteString("orderType", Wire.Name(o.Type));
        w.WriteString("symbol", o.Symbol);
        w.WriteString("side", Wire.Name(o.Side));
        w.WriteString("positionSide", a.PositionSide);
        w.WriteString("timeInForce", Wire.Name(o.TimeInForce));
        w.WriteString("quantity", DecimalText.Fixed(o.OrigQty, s.Symbol.QuantityPrecision));
        w.WriteString("algoStatus", Wire.Name(a.Status));
        w.WriteString("actualOrderId", o.Triggered ? o.OrderId.ToString(CultureInfo.InvariantCulture) : "");
        w.WriteString("actualPrice", o.Triggered && o.ExecutedQty > 0m ? DecimalText.Fixed(Math.Round(o.CumValue / o.ExecutedQty, pp), pp) : zero);
        w.WriteString("triggerPrice", DecimalText.Fixed(Math.Round(o.StopPrice, pp), pp));
        w.WriteString("price", DecimalText.Fixed(o.Price, pp));
        w.WriteNull("icebergQuantity");
        w.WriteString("tpTriggerPrice", zero);
        w.WriteString("tpPrice", zero);
        w.WriteString("slTriggerPrice", zero);
        w.WriteString("slPrice", zero);
        w.WriteString("tpOrderType", "");
        w.WriteString("selfTradePreventionMode", Wire.Name(o.Stp));
        w.WriteString("workingType", Wire.Name(o.WorkingType));
        w.WriteString("priceMatch", "NONE");
        w.WriteBoolean("closePosition", o.ClosePosition);
        w.WriteBoolean("priceProtect", o.PriceProtect);
        w.WriteBoolean("reduceOnly", o.ReduceOnly);
        w.WriteNumber("createTime", a.CreateTime);
        w.WriteNumber("updateTime", a.UpdateTime);
        w.WriteNumber("triggerTime", a.TriggerTime);
        w.WriteNumber("goodTillDate", o.GoodTillDate);
        w.WriteEndObject();
    }

    /// <summary>
    /// Mark and index price per symbol (one object for a named USD-M symbol, else a list; COIN-M always a list, with
    /// <c>pair</c>). The emulator charges no funding: the rates are Binance's usual 0.01 % interest and 0 funding, the
    /// next funding time the next 8-hour boundary.
    /// </summary>
    private static async Task PremiumIndexAsync(HttpContext context, EmulatorServices services, FuturesExchange exchange)
    {
        string? symbol = context.Request.Query.TryGetValue("symbol", out var s) && s.Count > 0 ? s.ToString() : null;
        if (symbol is not null && exchange.Find(symbol) is null)
        {
            await WriteErrorAsync(context, Errors.InvalidSymbol()).ConfigureAwait(false);
            return;
        }

        long now = services.Time.GetUtcNow().ToUnixTimeMilliseconds();
        const long eightHours = 8 * 3600 * 1000;
        long nextFunding = ((now / eightHours) + 1) * eightHours;
        bool coinM = exchange.Market == MarketKind.CoinM;
        var rows = exchange.Run(() => exchange.Symbols.Where(x => symbol is null || x.Symbol.Symbol == symbol)
            .Select(x => (x.Symbol.Symbol, x.Symbol.Pair, x.MarkPrice, x.IndexPrice)).ToList());
        byte[] body = ResponseWriter.Write(w =>
        {
            bool single = symbol is not null && !coinM;
            if (!single)
            {
                w.WriteStartArray();
            }

            foreach (var row in rows)
            {
                w.WriteStartObject();
                w.WriteString("symbol", row.Symbol);
                if (coinM)
                {
                    w.WriteString("pair", row.Pair);
                }

                w.WriteString("markPrice", DecimalText.Fixed(row.MarkPrice, 8));
                w.WriteString("indexPrice", DecimalText.Fixed(row.IndexPrice, 8));
                w.WriteString("estimatedSettlePrice", DecimalText.Fixed(row.IndexPrice, 8));
                w.WriteString("lastFundingRate", "0.00000000");
                w.WriteString("interestRate", "0.00010000");
                w.WriteNumber("nextFundingTime", nextFunding);
                w.WriteNumber("time", now);
                w.WriteEndObject();
            }

            if (!single)
            {
                w.WriteEndArray();
            }
        });
        await WriteJsonAsync(context, 200, body).ConfigureAwait(false);
    }

    private static Task WriteErrorAsync(HttpContext context, ApiError error) => WriteJsonAsync(context, error.Status, ResponseWriter.Write(w =>
    {
        w.WriteStartObject();
        w.WriteNumber("code", error.Code);
        w.WriteString("msg", error.Message);
        w.WriteEndObject();
    }));

    private static async Task WriteJsonAsync(HttpContext context, int status, byte[] body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.Body.WriteAsync(body).ConfigureAwait(false);
    }
}
