using Binance.WsApi.Emulator.Accounts;
using Binance.WsApi.Emulator.Hosting;
using Binance.WsApi.Emulator.Protocol;
using Microsoft.AspNetCore.Http;

namespace Binance.WsApi.Emulator.UserData;

/// <summary>
/// The REST listen-key endpoints most futures clients use instead of the WS API methods: <c>/fapi/v1/listenKey</c>
/// (USD-M) and <c>/dapi/v1/listenKey</c> (COIN-M) on the emulator's port. USER_STREAM: header <c>X-MBX-APIKEY</c>,
/// no signature. POST creates or returns the active key, PUT extends it, DELETE ends it (its stream connections get
/// <c>listenKeyExpired</c>); the same store and rules as <c>userDataStream.start/ping/stop</c>. Errors use REST's
/// <c>{"code","msg"}</c> body. REST weight is not counted (the emulator limits only the WS API).
/// </summary>
internal static class ListenKeyEndpoint
{
    public static MarketKind? MarketOf(string path) => path switch
    {
        "/fapi/v1/listenKey" => MarketKind.UsdM,
        "/dapi/v1/listenKey" => MarketKind.CoinM,
        _ => null,
    };

    public static async Task HandleAsync(HttpContext context, MarketKind market, EmulatorServices services)
    {
        string verb = context.Request.Method;
        if (!HttpMethods.IsPost(verb) && !HttpMethods.IsPut(verb) && !HttpMethods.IsDelete(verb))
        {
            await EmulatorHost.PlainAsync(context, StatusCodes.Status405MethodNotAllowed, "Use POST, PUT or DELETE.").ConfigureAwait(false);
            return;
        }

        string apiKey = context.Request.Headers["X-MBX-APIKEY"].ToString();
        if (!AccountStore.ApiKeyFormat().IsMatch(apiKey))
        {
            await WriteAsync(context, new ApiError(401, -2014, "API-key format invalid.")).ConfigureAwait(false);
            return;
        }

        if (services.Accounts.Find(apiKey) is not { IsRevoked: false } key)
        {
            await WriteAsync(context, Errors.RejectedApiKey()).ConfigureAwait(false);
            return;
        }

        // The key to extend or end may be named (query or form); without it the account's active key is meant.
        IFormCollection? form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync().ConfigureAwait(false) : null;
        string? given = context.Request.Query.TryGetValue("listenKey", out var q) && q.Count > 0 ? q.ToString()
            : form is not null && form.TryGetValue("listenKey", out var f) && f.Count > 0 ? f.ToString()
            : null;

        long nowMs = services.Time.GetUtcNow().ToUnixTimeMilliseconds();
        Account account = key.Account;
        if (HttpMethods.IsPost(verb))
        {
            await WriteKeyAsync(context, services.ListenKeys.Start(market, account, nowMs)).ConfigureAwait(false);
        }
        else if (HttpMethods.IsPut(verb))
        {
            string? extended = services.ListenKeys.Ping(market, account, given, nowMs);
            await (extended is null ? WriteAsync(context, Missing()) : WriteKeyAsync(context, extended)).ConfigureAwait(false);
        }
        else
        {
            string? active = services.ListenKeys.Active(market, account, nowMs);
            if (active is null || !services.ListenKeys.Stop(market, account, given, nowMs))
            {
                await WriteAsync(context, Missing()).ConfigureAwait(false);
                return;
            }

            services.FuturesStreams.EndKey(active, nowMs);
            await WriteJsonAsync(context, 200, "{}"u8.ToArray()).ConfigureAwait(false);
        }
    }

    private static ApiError Missing() => new(400, -1125, "This listenKey does not exist.");

    private static Task WriteKeyAsync(HttpContext context, string listenKey) => WriteJsonAsync(context, 200, ResponseWriter.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("listenKey", listenKey);
        w.WriteEndObject();
    }));

    private static Task WriteAsync(HttpContext context, ApiError error) => WriteJsonAsync(context, error.Status, ResponseWriter.Write(w =>
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
