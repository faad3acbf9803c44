using System.Net;
using System.Net.WebSockets;
using Binance.WsApi.Emulator.Protocol;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.WebSockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Binance.WsApi.Emulator.Hosting;

/// <summary>
/// Builds the Kestrel application: HTTP/1.1 only (WebSockets over HTTP/1.1, as Binance's endpoints), no
/// configuration sources (nothing from the environment may change a test server), three WS paths and /admin.
/// </summary>
internal static class EmulatorHost
{
    public static WebApplication Build(EmulatorServices services)
    {
        WebApplicationBuilder builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(ResolveAddress(services.Options.Host), services.Options.Port, listen => listen.Protocols = HttpProtocols.Http1);
        });
        builder.Services.AddLogging();
        builder.Services.AddSingleton(services.LoggerFactory);
        builder.Services.AddWebSockets(_ => { });
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));

        WebApplication app = builder.Build();

        // Must run before the WebSockets middleware, which captures the upgrade feature when it sees the request.
        app.Use((context, next) =>
        {
            if (context.Features.Get<IHttpUpgradeFeature>() is { IsUpgradableRequest: true } upgrade)
            {
                context.Features.Set<IHttpUpgradeFeature>(new TappingUpgradeFeature(upgrade));
            }

            return next(context);
        });
        app.UseWebSockets();
        app.Run(context => HandleAsync(context, services));
        return app;
    }

    public static IPAddress ResolveAddress(string host) => host switch
    {
        "localhost" => IPAddress.Loopback,
        "*" or "+" => IPAddress.Any,
        _ when IPAddress.TryParse(host, out IPAddress? address) => address,
        _ => throw new ArgumentException($"Host must be an IP address or 'localhost', not '{host}'.", nameof(host)),
    };

    private static Task HandleAsync(HttpContext context, EmulatorServices services)
    {
        string path = context.Request.Path.Value ?? string.Empty;
        if (path == "/health")
        {
            // Liveness for containers and CI: the host answers, so the WebSocket paths on this port do too.
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync("{\"status\":\"ok\"}");
        }

        if (path == "/admin" || path.StartsWith("/admin/", StringComparison.Ordinal))
        {
            return AdminEndpoints.HandleAsync(context, services);
        }

        if (path == UserData.ListenTokenEndpoint.Path)
        {
            return UserData.ListenTokenEndpoint.HandleAsync(context, services);
        }

        if (UserData.ListenKeyEndpoint.MarketOf(path) is { } keyMarket)
        {
            return UserData.ListenKeyEndpoint.HandleAsync(context, keyMarket, services);
        }

        if (FuturesRestEndpoints.Find(path) is { } rest)
        {
            return rest(context, services);
        }

        if (CombinedStreamPath(path, context.Request.Query) is { } combined)
        {
            return AcceptStreamAsync(context, path, combined.Markets, combined.ListenKey, services, wrap: true);
        }

        if (MarketKindExtensions.FromPath(path) is { } market)
        {
            return AcceptAsync(context, market, services);
        }

        if (FuturesStreamPath(path) is { } stream)
        {
            return AcceptStreamAsync(context, path, stream.Markets, stream.ListenKey, services, wrap: false);
        }

        return PlainAsync(context, StatusCodes.Status404NotFound, "Not found. WebSocket paths: /ws-api/v3, /ws-fapi/v1, /ws-dapi/v1; futures user data: /private/ws/<listenKey>, /dapi/ws/<listenKey>, /ws/<listenKey>, /stream?streams=<listenKey>, /private/stream?streams=<listenKey>; futures REST: /fapi/v1/listenKey, /dapi/v1/listenKey, /fapi/v1/algoOrder, /fapi/v1/premiumIndex, /dapi/v1/premiumIndex; admin: /admin (lists the endpoints); health: /health");
    }

    private static async Task AcceptAsync(HttpContext context, MarketKind market, EmulatorServices services)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            await PlainAsync(context, StatusCodes.Status400BadRequest, "WebSocket upgrade required.").ConfigureAwait(false);
            return;
        }

        if (services.Faults.RefuseConnections)
        {
            await PlainAsync(context, StatusCodes.Status503ServiceUnavailable, "Service unavailable (injected fault).").ConfigureAwait(false);
            return;
        }

        IQueryCollection query = context.Request.Query;
        if (market == MarketKind.Spot && query.TryGetValue("timeUnit", out var timeUnit)
            && !string.Equals(timeUnit, "MILLISECOND", StringComparison.OrdinalIgnoreCase)
            && !string.Equals(timeUnit, "MICROSECOND", StringComparison.OrdinalIgnoreCase))
        {
            // Binance answers -1194; at handshake time the only channel is the HTTP response.
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(
                "{\"code\":-1194,\"msg\":\"Invalid value for time unit; expected either MICROSECOND or MILLISECOND.\"}").ConfigureAwait(false);
            return;
        }

        if (query.ContainsKey("responseFormat"))
        {
            await PlainAsync(context, StatusCodes.Status400BadRequest, "SBE responses are not supported by the emulator.").ConfigureAwait(false);
            return;
        }

        bool returnRateLimits = !(query.TryGetValue("returnRateLimits", out var rrl)
                                  && string.Equals(rrl, "false", StringComparison.OrdinalIgnoreCase));

        var tapFeature = context.Features.Get<IHttpUpgradeFeature>() as TappingUpgradeFeature;

        // KeepAliveInterval zero: the built-in keep-alive (unsolicited PONGs) is off; KeepAliveMonitor sends PINGs.
        WebSocket socket = await context.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext { KeepAliveInterval = TimeSpan.Zero })
            .ConfigureAwait(false);
        if (tapFeature?.Tap is not { } tap)
        {
            socket.Abort();
            throw new InvalidOperationException("The WebSocket was not created on the tapped upgrade stream.");
        }

        var connection = new ClientConnection(services.Connections.NextId(), market, context, socket, tap, returnRateLimits, services);

        // The handshake itself costs weight (docs/protocol.md §2: 2 on spot, 5 on futures).
        services.Limiter.Add(market, connection.RemoteIp, market == MarketKind.Spot ? 2 : 5, services.WeightLimit(market));

        services.Connections.Add(connection);
        services.LoggerFactory.CreateLogger(typeof(EmulatorHost)).LogDebug(
            "Connection {Id} accepted on {Path} from {Ip}", connection.Id, connection.Path, connection.RemoteIp);
        try
        {
            await connection.RunAsync().ConfigureAwait(false);
        }
        finally
        {
            services.Connections.Remove(connection);
            services.UserData.Remove(connection);
            socket.Dispose();
        }
    }

    /// <summary>
    /// Futures user data stream paths (docs/protocol.md §6.1): <c>/private/ws/&lt;key&gt;</c> (USD-M since 2026),
    /// <c>/dapi/ws/&lt;key&gt;</c> (COIN-M) and the shared <c>/ws/&lt;key&gt;</c>, which serves a key of either market
    /// (at Binance it is the COIN-M host's path and USD-M's legacy one; here both hosts are one port).
    /// </summary>
    private static (MarketSet Markets, string ListenKey)? FuturesStreamPath(string path)
    {
        foreach (var (prefix, markets) in StreamPrefixes)
        {
            // Listen keys are alphanumeric; anything else (a market stream name like btcusdt@trade) stays 404: not emulated.
            if (path.StartsWith(prefix, StringComparison.Ordinal) && path.Length > prefix.Length
                && path.AsSpan(prefix.Length).ContainsAnyExcept(ListenKeyChars) is false)
            {
                return (markets, path[prefix.Length..]);
            }
        }

        return null;
    }

    /// <summary>
    /// Combined-stream form: <c>/stream?streams=&lt;key&gt;</c> (a key of either market) and, on USD-M,
    /// <c>/private/stream?streams=&lt;key&gt;</c>. One listen key only: market streams are not emulated, so a list with
    /// anything else stays 404.
    /// </summary>
    private static (MarketSet Markets, string ListenKey)? CombinedStreamPath(string path, IQueryCollection query)
    {
        MarketSet? markets = path switch
        {
            "/stream" => MarketSet.Futures,
            "/private/stream" => MarketSet.UsdM,
            _ => null,
        };
        string streams = query["streams"].ToString();
        return markets is { } set && streams.Length > 0 && !streams.AsSpan().ContainsAnyExcept(ListenKeyChars) ? (set, streams) : null;
    }

    private static readonly System.Buffers.SearchValues<char> ListenKeyChars =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");

    private static readonly (string Prefix, MarketSet Markets)[] StreamPrefixes =
    [
        ("/private/ws/", MarketSet.UsdM),
        ("/dapi/ws/", MarketSet.CoinM),
        ("/ws/", MarketSet.Futures),
    ];

    /// <summary>
    /// A user data stream connection. An unknown, expired or stopped key (or one of the other market) is refused at
    /// the handshake with HTTP 400 and Binance's -1125 body: the client learns why before any WebSocket exists,
    /// instead of seeing a connection that opens and closes at once.
    /// </summary>
    private static async Task AcceptStreamAsync(
        HttpContext context, string path, MarketSet markets, string listenKey, EmulatorServices services, bool wrap)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            await PlainAsync(context, StatusCodes.Status400BadRequest, "WebSocket upgrade required.").ConfigureAwait(false);
            return;
        }

        if (services.Faults.RefuseConnections)
        {
            await PlainAsync(context, StatusCodes.Status503ServiceUnavailable, "Service unavailable (injected fault).").ConfigureAwait(false);
            return;
        }

        long nowMs = services.Time.GetUtcNow().ToUnixTimeMilliseconds();
        if (services.ListenKeys.Resolve(listenKey, nowMs) is not { } owner || (owner.Market.ToSet() & markets) == 0)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("{\"code\":-1125,\"msg\":\"This listenKey does not exist.\"}").ConfigureAwait(false);
            return;
        }

        // Registered before the handshake is answered: an event or expiry right after the client connects is not lost.
        UserData.FuturesStreamHub.Follower follower = services.FuturesStreams.Reserve(owner.Market, owner.Account, listenKey, wrap);
        try
        {
            var tapFeature = context.Features.Get<IHttpUpgradeFeature>() as TappingUpgradeFeature;
            WebSocket socket = await context.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext { KeepAliveInterval = TimeSpan.Zero })
                .ConfigureAwait(false);
            if (tapFeature?.Tap is not { } tap)
            {
                socket.Abort();
                throw new InvalidOperationException("The WebSocket was not created on the tapped upgrade stream.");
            }

            var connection = new ClientConnection(
                services.Connections.NextId(), owner.Market, context, socket, tap, returnRateLimits: false, services, eventStreamPath: path);
            services.Connections.Add(connection);
            follower.Attach(connection);
            services.LoggerFactory.CreateLogger(typeof(EmulatorHost)).LogDebug(
                "Stream connection {Id} accepted on {Path} from {Ip}", connection.Id, path, connection.RemoteIp);
            try
            {
                await connection.RunAsync().ConfigureAwait(false);
            }
            finally
            {
                services.Connections.Remove(connection);
                socket.Dispose();
            }
        }
        finally
        {
            services.FuturesStreams.Remove(follower);
        }
    }

    internal static Task PlainAsync(HttpContext context, int status, string text)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(text + "\n");
    }
}
