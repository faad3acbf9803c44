using Binance.WsApi.Emulator.Hosting;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Handlers;

/// <summary>
/// userDataStream.start / ping / stop on the futures paths (USER_STREAM: apiKey, or a logged-on session). They
/// manage listen keys; the event stream connections are served by the host (FuturesStreamHub).
/// </summary>
internal sealed class FuturesUserDataStreamHandlers(EmulatorServices services) : IMethodGroup
{
    public IEnumerable<MethodDefinition> GetMethods() =>
    [
        Define("userDataStream.start", Start),
        Define("userDataStream.ping", Ping),
        Define("userDataStream.stop", Stop),
    ];

    private static MethodDefinition Define(string name, Func<RequestContext, ValueTask<MethodResult>> handler) => new()
    {
        Name = name, Markets = MarketSet.Futures, Security = SecurityType.UserStream,
        Weight = MethodDefinition.FixedWeight(1), Handler = handler,
    };

    private static ApiError ListenKeyMissing() => new(400, -1125, "This listenKey does not exist.");

    private ValueTask<MethodResult> Start(RequestContext ctx)
    {
        string key = services.ListenKeys.Start(ctx.Market, ctx.Key!.Account, ctx.NowMs);
        return MethodResult.Ok(w => WriteKey(w, key));
    }

    private ValueTask<MethodResult> Ping(RequestContext ctx)
    {
        string? given = ParamReader.OptionalString(ctx.Params, "listenKey", out _);
        string? key = services.ListenKeys.Ping(ctx.Market, ctx.Key!.Account, given, ctx.NowMs);
        return key is null ? MethodResult.Fail(ListenKeyMissing()) : MethodResult.Ok(w => WriteKey(w, key));
    }

    private ValueTask<MethodResult> Stop(RequestContext ctx)
    {
        string? given = ParamReader.OptionalString(ctx.Params, "listenKey", out _);
        string? active = services.ListenKeys.Active(ctx.Market, ctx.Key!.Account, ctx.NowMs);
        if (active is null || !services.ListenKeys.Stop(ctx.Market, ctx.Key!.Account, given, ctx.NowMs))
        {
            return MethodResult.Fail(ListenKeyMissing());
        }

        // The key is gone: its stream connections get listenKeyExpired and are closed.
        services.FuturesStreams.EndKey(active, ctx.NowMs);

        return MethodResult.Ok(static w =>
        {
            w.WriteStartObject();
            w.WriteEndObject();
        });
    }

    private static void WriteKey(System.Text.Json.Utf8JsonWriter w, string key)
    {
        w.WriteStartObject();
        w.WriteString("listenKey", key);
        w.WriteEndObject();
    }
}
