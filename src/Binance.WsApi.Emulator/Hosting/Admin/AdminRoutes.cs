using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Binance.WsApi.Emulator.Hosting.Admin;

/// <summary>
/// The JSON admin endpoints: JSON body in (POST), JSON out; a bad body or argument → 400
/// <c>{"error":"…"}</c>, a wrong verb → 405, as plain fields a script can print.
/// </summary>
internal static class AdminRoutes
{
    private const string DemoKey = DemoAccount.HmacApiKey;

    // Read by people at a terminal (curl): quotes and apostrophes stay as they are instead of \u0022 / \u0027.
    // Safe here: the answers are application/json, never embedded in HTML.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly (AdminEntry Entry, Action<JsonElement, EmulatorServices, Utf8JsonWriter>? Post, Action<EmulatorServices, Utf8JsonWriter>? Get)[] Routes =
    [
        (new("POST", "/admin/reference-price", "Set a spot symbol's reference price (null: set, without a value).",
            """{"symbol":"BTCUSDT","price":"60000.5"}"""), MarketAdmin.SetReferencePrice, null),
        (new("POST", "/admin/reference-price/clear", "Forget a spot symbol's reference price (referencePrice answers -2043 again).",
            """{"symbol":"BTCUSDT"}"""), MarketAdmin.ClearReferencePrice, null),
        (new("POST", "/admin/mark-price", "Set a futures symbol's mark price (market usdm or coinm; by the symbol's name when omitted).",
            """{"symbol":"BTCUSDT","market":"usdm","price":"61000"}"""), MarketAdmin.SetMarkPrice, null),
        (new("POST", "/admin/index-price", "Set a futures symbol's index price as premiumIndex shows it (null: follow the mark price).",
            """{"symbol":"BTCUSDT","market":"usdm","price":"60990"}"""), MarketAdmin.SetIndexPrice, null),
        (new("POST", "/admin/book/seed", "Rest GTC LIMIT liquidity at [price, quantity] levels (clear: empty the book and stop the market maker first).",
            """{"symbol":"BTCUSDT","market":"spot","clear":true,"bids":[["59990","0.5"]],"asks":[["60010","0.5"]]}"""), MarketAdmin.SeedBook, null),
        (new("POST", "/admin/book/clear", "Cancel every order on a symbol and stop the market maker there.",
            """{"symbol":"BTCUSDT","market":"spot"}"""), MarketAdmin.ClearBook, null),
        (new("POST", "/admin/market-maker", "Turn the market maker's automatic ladder on or off for a symbol.",
            """{"symbol":"BTCUSDT","market":"spot","enabled":false}"""), MarketAdmin.SetMarketMaker, null),
        (new("POST", "/admin/symbol-status", "Set a spot symbol's status: TRADING, END_OF_DAY, HALT, BREAK or CANCEL_ONLY (not TRADING: new orders -2010, cancels work).",
            """{"symbol":"BTCUSDT","status":"HALT"}"""), MarketAdmin.SetSymbolStatus, null),
        (new("POST", "/admin/balance", "Set the free balance (spot) or wallet balance (usdm, coinm) of an asset of the key's account.",
            $$"""{"apiKey":"{{DemoKey}}","asset":"USDT","amount":"5000","market":"spot"}"""), AccountAdmin.SetBalance, null),
        (new("POST", "/admin/accounts", "Create an account with keys (the accounts file's format: HMAC secret, or RSA/ED25519 publicKeyPem).",
            """{"name":"bob","balances":{"USDT":"1000"},"keys":[{"apiKey":"bobHmacKey0000000001","type":"HMAC","secret":"bob-secret"}]}"""),
            AccountAdmin.CreateAccount, null),
        (new("GET", "/admin/clock", "The emulator's time in ms, its offset and whether it is frozen."), null, ClockAdmin.Write),
        (new("POST", "/admin/clock", "Shift the clock (offsetMs), freeze it (freeze true, optional atMs) or run it on (freeze false).",
            """{"freeze":true,"atMs":1767225600000}"""), ClockAdmin.Set, null),
        (new("POST", "/admin/clock/advance", "Move the clock forward by ms (the frozen instant, or the offset).",
            """{"ms":1000}"""), ClockAdmin.Advance, null),
        (new("GET", "/admin/state", "Every account: keys (no secrets), spot balances and open orders, futures wallets, positions and open orders."),
            null, StateDump.Write),
    ];

    public static IEnumerable<AdminEntry> Entries => Routes.Select(r => r.Entry);

    /// <summary>Handles <paramref name="path"/> when it is a JSON endpoint; false when it is not one.</summary>
    public static async Task<bool> TryHandleAsync(HttpContext context, EmulatorServices services, string path)
    {
        var matches = Routes.Where(r => r.Entry.Path == path).ToList();
        if (matches.Count == 0)
        {
            return false;
        }

        string method = context.Request.Method;
        var route = matches.FirstOrDefault(r => HttpMethods.Equals(r.Entry.Method, method));
        if (route.Entry is null)
        {
            await WriteAsync(context, StatusCodes.Status405MethodNotAllowed, w => Error(w, $"Use {string.Join(" or ", matches.Select(m => m.Entry.Method))}."))
                .ConfigureAwait(false);
            return true;
        }

        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        try
        {
            using var writer = new Utf8JsonWriter(buffer, WriterOptions);
            if (route.Get is { } get)
            {
                get(services, writer);
            }
            else
            {
                using JsonDocument body = await AdminBody.ReadAsync(context).ConfigureAwait(false);
                route.Post!(body.RootElement, services, writer);
            }
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // InvalidOperationException: the engine refused (e.g. the market maker lacks funds for a seeded level).
            await WriteAsync(context, StatusCodes.Status400BadRequest, w => Error(w, e.Message)).ConfigureAwait(false);
            return true;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json";
        await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted).ConfigureAwait(false);
        return true;
    }

    private static void Error(Utf8JsonWriter w, string message)
    {
        w.WriteStartObject();
        w.WriteString("error", message);
        w.WriteEndObject();
    }

    public static async Task WriteAsync(HttpContext context, int status, Action<Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted).ConfigureAwait(false);
    }
}
