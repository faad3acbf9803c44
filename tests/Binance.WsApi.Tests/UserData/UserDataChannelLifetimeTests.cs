using Binance.WsApi.Tests.Support;

namespace Binance.WsApi.Tests.UserData;

/// <summary>The user data reader ends with the client: nobody waits forever on a disposed client.</summary>
public class UserDataChannelLifetimeTests
{
    [Fact]
    public async Task A_reader_waiting_when_the_client_is_disposed_ends_with_ObjectDisposedException()
    {
        await using var h = await EmulatorHarness.StartAsync(EmulatorHarness.Ed25519);
        await h.Client.SubscribeUserDataStreamAsync(WsApiEndpoint.Spot);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task reader = Task.Run(async () =>
        {
            await using IAsyncEnumerator<UserDataEvent> events = h.Client.ReadUserDataEventsAsync().GetAsyncEnumerator();
            ValueTask<bool> next = events.MoveNextAsync();
            started.SetResult();
            await next;
        });
        await started.Task.WaitAsync(EmulatorHarness.Wait);
        Assert.False(reader.IsCompleted);

        await h.Client.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => reader.WaitAsync(EmulatorHarness.Wait));
    }

    [Fact]
    public async Task Reading_after_dispose_throws_ObjectDisposedException()
    {
        await using var h = await EmulatorHarness.StartAsync(EmulatorHarness.Hmac);
        await h.Client.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(async () =>
        {
            await foreach (UserDataEvent _ in h.Client.ReadUserDataEventsAsync())
            {
            }
        });
    }
}
