using System.Buffers;
using System.Net;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.WebSockets;
using Microsoft.Extensions.DependencyInjection;

namespace Binance.WsApi.Benchmarks.EndToEnd.Responder;

/// <summary>
/// The minimal responder: Kestrel, one WebSocket per client, and per socket a single loop that reads a frame and
/// answers it at once. Pipelined requests are answered in order, which is all a client may assume anyway. Kestrel's
/// inline scheduling runs that loop on the socket's own I/O completion (no thread-pool hop between a frame arriving
/// and its answer leaving), and the receive buffer comes from the shared pool.
/// </summary>
internal static class FastResponder
{
    public static async Task<(WebApplication App, int Port)> StartAsync(int port)
    {
        WebApplicationBuilder builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        // The cheapest server side: the application loop runs where the socket completes, never queued to the pool.
        builder.WebHost.UseSockets(sockets => sockets.UnsafePreferInlineScheduling = true);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, port, listen => listen.Protocols = HttpProtocols.Http1);
        });
        builder.Services.AddLogging();
        builder.Services.AddWebSockets(_ => { });
        WebApplication app = builder.Build();
        app.UseWebSockets();
        app.Run(HandleAsync);
        await app.StartAsync().ConfigureAwait(false);
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, new Uri(address).Port);
    }

    private static async Task HandleAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using WebSocket socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        var writer = new CannedResponseWriter();
        byte[] buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        int filled = 0;
        try
        {
            while (true)
            {
                ValueWebSocketReceiveResult received = await socket.ReceiveAsync(buffer.AsMemory(filled), context.RequestAborted).ConfigureAwait(false);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).ConfigureAwait(false);
                    return;
                }

                filled += received.Count;
                if (!received.EndOfMessage)
                {
                    if (filled == buffer.Length)
                    {
                        byte[] larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        buffer.AsSpan(0, filled).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }

                    continue;
                }

                ReadOnlyMemory<byte> response = writer.Write(buffer.AsSpan(0, filled));
                filled = 0;
                await socket.SendAsync(response, WebSocketMessageType.Text, true, context.RequestAborted).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // The client went away without a close handshake (the harness kills and disposes freely).
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
