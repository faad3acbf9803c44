using System.Globalization;
using Binance.WsApi.Emulator.Accounts;
using Binance.WsApi.Emulator.Hosting;
using Binance.WsApi.Emulator.Protocol;
using Microsoft.AspNetCore.Http;

namespace Binance.WsApi.Emulator.UserData;

/// <summary>
/// <c>POST /sapi/v1/userListenToken</c> (docs/protocol.md Appendix B) on the emulator's port: security USER_STREAM, so the
/// API key header <c>X-MBX-APIKEY</c> and no signature. Parameters come from the query string or a form body.
/// Answers <c>{"token","expirationTime"}</c>, or Binance's REST error shape <c>{"code","msg"}</c>.
/// </summary>
internal static class ListenTokenEndpoint
{
    public const string Path = "/sapi/v1/userListenToken";

    private static readonly TimeSpan MaxValidity = TimeSpan.FromHours(24);

    public static async Task HandleAsync(HttpContext context, EmulatorServices services)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            await EmulatorHost.PlainAsync(context, StatusCodes.Status405MethodNotAllowed, "Use POST.").ConfigureAwait(false);
            return;
        }

        string apiKey = context.Request.Headers["X-MBX-APIKEY"].ToString();
        if (!AccountStore.ApiKeyFormat().IsMatch(apiKey))
        {
            await ErrorAsync(context, new ApiError(401, -2014, "API-key format invalid.")).ConfigureAwait(false);
            return;
        }

        if (services.Accounts.Find(apiKey) is not { IsRevoked: false } key)
        {
            await ErrorAsync(context, Errors.RejectedApiKey()).ConfigureAwait(false);
            return;
        }

        IFormCollection? form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync().ConfigureAwait(false) : null;
        string? Param(string name) =>
            context.Request.Query.TryGetValue(name, out var q) && q.Count > 0 ? q.ToString()
            : form is not null && form.TryGetValue(name, out var f) && f.Count > 0 ? f.ToString()
            : null;

        bool isolated = false;
        if (Param("isIsolated") is { } isolatedText)
        {
            if (!bool.TryParse(isolatedText, out isolated))
            {
                await ErrorAsync(context, Errors.InvalidParameter("isIsolated")).ConfigureAwait(false);
                return;
            }
        }

        string? symbol = null;
        if (isolated)
        {
            symbol = Param("symbol");
            if (string.IsNullOrEmpty(symbol))
            {
                await ErrorAsync(context, Errors.MandatoryParameter("symbol")).ConfigureAwait(false);
                return;
            }

            if (services.Symbols.FindSpot(symbol) is null)
            {
                await ErrorAsync(context, Errors.InvalidSymbol()).ConfigureAwait(false);
                return;
            }
        }

        TimeSpan validity = MaxValidity;
        if (Param("validity") is { } validityText)
        {
            if (!long.TryParse(validityText, NumberStyles.None, CultureInfo.InvariantCulture, out long ms) || ms <= 0 || ms > MaxValidity.TotalMilliseconds)
            {
                await ErrorAsync(context, Errors.InvalidParameter("validity")).ConfigureAwait(false);
                return;
            }

            validity = TimeSpan.FromMilliseconds(ms);
        }

        ListenToken token = services.UserData.Tokens.Issue(key.Account, symbol, validity);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json";
        await context.Response.Body.WriteAsync(ResponseWriter.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("token", token.Token);
            w.WriteNumber("expirationTime", token.ExpirationTime);
            w.WriteEndObject();
        })).ConfigureAwait(false);
    }

    private static async Task ErrorAsync(HttpContext context, ApiError error)
    {
        context.Response.StatusCode = error.Status;
        context.Response.ContentType = "application/json";
        await context.Response.Body.WriteAsync(ResponseWriter.Write(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("code", error.Code);
            w.WriteString("msg", error.Message);
            w.WriteEndObject();
        })).ConfigureAwait(false);
    }
}
