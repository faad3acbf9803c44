using System.Text.Json;
using Binance.WsApi.Emulator.Tests.Infrastructure;

namespace Binance.WsApi.Emulator.Tests.UserData;

/// <summary>
/// A raw WS client that separates responses from pushed events: a request waits for the frame with its id and
/// keeps every event frame that arrives meanwhile, in order, for <see cref="NextEventAsync"/>.
/// </summary>
internal sealed class StreamClient : IAsyncDisposable
{
    private readonly Queue<JsonElement> _events = new();

    private StreamClient(RawWsClient raw) => Raw = raw;

    public RawWsClient Raw { get; }

    public static async Task<StreamClient> ConnectAsync(Uri uri) => new(await RawWsClient.ConnectAsync(uri));

    public async Task<JsonElement> RequestAsync(string json)
    {
        string id;
        using (JsonDocument request = JsonDocument.Parse(json))
        {
            id = request.RootElement.GetProperty("id").GetRawText();
        }

        await Raw.SendAsync(json);
        while (true)
        {
            JsonElement frame = await Raw.ReceiveJsonAsync();
            if (frame.TryGetProperty("id", out JsonElement frameId) && frameId.GetRawText() == id)
            {
                return frame;
            }

            Assert.True(frame.TryGetProperty("event", out _), $"unexpected frame {frame}");
            _events.Enqueue(frame);
        }
    }

    /// <summary>The next pushed frame (wrapper included); fails on a response or after the timeout.</summary>
    public async Task<JsonElement> NextEventAsync()
    {
        if (_events.TryDequeue(out JsonElement queued))
        {
            return queued;
        }

        JsonElement frame = await Raw.ReceiveJsonAsync();
        Assert.True(frame.TryGetProperty("event", out _), $"expected an event, got {frame}");
        return frame;
    }

    /// <summary>The next <paramref name="count"/> events, wrappers included.</summary>
    public async Task<List<JsonElement>> NextEventsAsync(int count)
    {
        var events = new List<JsonElement>();
        for (int i = 0; i < count; i++)
        {
            events.Add(await NextEventAsync());
        }

        return events;
    }

    public ValueTask DisposeAsync() => Raw.DisposeAsync();
}
