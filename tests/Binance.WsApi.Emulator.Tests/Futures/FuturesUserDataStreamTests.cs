using System.Net.WebSockets;
using System.Text.Json;
using Binance.WsApi.Emulator.Tests.Infrastructure;

namespace Binance.WsApi.Emulator.Tests.Futures;

/// <summary>The futures user data stream: listen-key stream connections on the emulator's port (PROTOCOL §6.1).</summary>
public sealed class FuturesUserDataStreamTests : FuturesWsTestBase
{
    private async Task<string> StartKey(RawWsClient client) =>
        Ok(await Stream(client, "userDataStream.start")).GetProperty("listenKey").GetString()!;

    private Uri StreamUri(string path) => new(Emulator.UsdMUri, path);

    [Fact]
    public async Task Stream_paths_accept_a_key_of_their_market_and_refuse_others_with_400()
    {
        string usdm = await StartKey(UsdM);
        string coinm = await StartKey(CoinM);
        Assert.NotEqual(usdm, coinm);

        foreach (string path in new[] { $"/private/ws/{usdm}", $"/ws/{usdm}", $"/dapi/ws/{coinm}", $"/ws/{coinm}" })
        {
            await using RawWsClient stream = await RawWsClient.ConnectAsync(StreamUri(path));
            Assert.Equal(WebSocketState.Open, stream.Socket.State);
        }

        foreach (string path in new[] { $"/private/ws/{coinm}", $"/dapi/ws/{usdm}", "/ws/unknownKey", "/private/ws/unknownKey" })
        {
            var refused = await Assert.ThrowsAsync<WebSocketException>(() => RawWsClient.ConnectAsync(StreamUri(path)));
            Assert.Contains("400", refused.Message, StringComparison.Ordinal);
        }

        Ok(await Stream(UsdM, "userDataStream.stop"));
        await Assert.ThrowsAsync<WebSocketException>(() => RawWsClient.ConnectAsync(StreamUri($"/private/ws/{usdm}")));
        Time.Advance(TimeSpan.FromMinutes(61));
        await Assert.ThrowsAsync<WebSocketException>(() => RawWsClient.ConnectAsync(StreamUri($"/dapi/ws/{coinm}")));
    }

    [Fact]
    public async Task A_stream_connection_pushes_nothing_and_ignores_client_frames()
    {
        string key = await StartKey(UsdM);
        await using RawWsClient stream = await RawWsClient.ConnectAsync(StreamUri($"/private/ws/{key}"));
        await stream.SendAsync("{\"id\":1,\"method\":\"ping\",\"params\":{}}");

        // The request connection still answers in order, and the stream sent no response to the client's frame.
        Ok(await Public(UsdM, "ping"));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => stream.ReceiveTextAsync(TimeSpan.FromMilliseconds(200)));
    }
}
